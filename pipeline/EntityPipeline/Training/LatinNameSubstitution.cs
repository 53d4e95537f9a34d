using System.Text;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Training;

/// <summary>
/// A recipe's <c>latinNames</c>: today's news writes many names in Latin script (Google, Elon Musk, 据Reuters报道), which the
/// corpora of 1998–2009 hardly hold, so a tagger trained on them learns no context for a Latin-script name. This writes a seeded
/// share of the training mentions that have a Latin-script form (微软 → Microsoft, 克林顿 → Clinton, from CC-CEDICT:
/// Training/Data/latin-forms.tsv) in that form, keeping their type and the sentence around them: a mention swap, as in data
/// augmentation for named entities (Dai and Adel 2020). Sentences are rewritten in place, not copied (a copy beside its
/// original would find its entities in the jackknifed lexicon of the other folds).
/// </summary>
public sealed class LatinNameSubstitution
{
    public const string DefaultFile = "Training/Data/latin-forms.tsv";

    private readonly Dictionary<string, string> _forms;

    public LatinNameSubstitution(IEnumerable<KeyValuePair<string, string>> forms) => _forms = new(forms, StringComparer.Ordinal);

    /// <summary>The forms shipped with the program (a malformed line is refused with its file and line).</summary>
    public static LatinNameSubstitution Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, DefaultFile);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Latin-script forms missing: {path}. The build copies Training/Data into the output folder; rebuild.", path);
        using var reader = new StreamReader(path);
        return new LatinNameSubstitution(TabSeparatedPairs.Read(reader, (string text, out string form) => (form = text).Length > 0,
            "form", line => $"{path}:{line}", comments: true));
    }

    /// <summary>
    /// The sentences with <paramref name="share"/> of the mentions that have a form written in it, the same for the same seed
    /// (one draw per such mention); how many were written.
    /// </summary>
    public (List<AnnotatedSentence> Sentences, int Written) Apply(IReadOnlyList<AnnotatedSentence> sentences, double share, int seed)
    {
        var random = new Random(seed);
        var result = new List<AnnotatedSentence>(sentences.Count);
        int written = 0;
        foreach (var sentence in sentences)
        {
            var forms = new string?[sentence.Entities.Length];
            for (int i = 0; i < forms.Length; i++)
            {
                var e = sentence.Entities[i];
                if (_forms.TryGetValue(CharFold.Fold(sentence.Text.AsSpan(e.Start, e.End - e.Start)), out var form) && random.NextDouble() < share)
                    forms[i] = form;
            }
            int count = forms.Count(f => f is not null);
            written += count;
            result.Add(count == 0 ? sentence : Write(sentence, forms));
        }
        return (result, written);
    }

    /// <summary>Replaces each mention that has a form; a space keeps a form apart from Latin letters or digits beside it.</summary>
    private static AnnotatedSentence Write(AnnotatedSentence sentence, string?[] forms)
    {
        var text = new StringBuilder(sentence.Text.Length + 16);
        var entities = new List<EntitySpan>(forms.Length);
        int at = 0;
        for (int i = 0; i < forms.Length; i++)
        {
            var e = sentence.Entities[i];
            text.Append(sentence.Text, at, e.Start - at);
            at = e.End;
            if (forms[i] is not { } form)
            {
                entities.Add(e with { Start = text.Length, End = text.Length + e.End - e.Start });
                text.Append(sentence.Text, e.Start, e.End - e.Start);
                continue;
            }
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1])) text.Append(' ');
            entities.Add(e with { Start = text.Length, End = text.Length + form.Length });
            text.Append(form);
            if (at < sentence.Text.Length && char.IsAsciiLetterOrDigit(sentence.Text[at])) text.Append(' ');
        }
        text.Append(sentence.Text, at, sentence.Text.Length - at);
        return sentence with { Text = text.ToString(), Entities = [.. entities] };
    }
}
