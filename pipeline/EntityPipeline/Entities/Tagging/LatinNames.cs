using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Latin-script names the dictionary knows, with their type (Google, Microsoft Corporation, NVIDIA ORG; Elon Musk PER; Paris
/// LOC): the English forms CC-CEDICT's definitions open with (Entities/Data/latin-names.tsv, scripts/derive-dictionary-names.py
/// --latin; CC BY-SA 4.0), each with one type. The corpora of 1998–2009 hardly write Latin letters, so the tagger misses most
/// Latin names or types them at random (Alphabet PER); as a feature the forms did not pay (docs/tagger-experiments.md,
/// "Latin-script names"), as a rule they do. Within a run of capitalised Latin words, the longest listed name that starts and
/// ends on a word's edge is a mention of its type, unless a span crosses its edges; spans inside it give way, and one that is
/// the name takes its type. A rule on the decoded labels; stateless, the list loaded once.
/// </summary>
internal static class LatinNames
{
    public const string DefaultFile = "Entities/Data/latin-names.tsv";

    private const int Longest = 64;

    private static readonly Lazy<EntityLexicon> Loaded = new(() =>
        EntityLexicon.LoadFile(Path.Combine(AppContext.BaseDirectory, DefaultFile), "list of Latin-script names", "type mask"));

    public static EntityLexicon Lexicon => Loaded.Value;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!LatinNameRuns.HasCapital(text[..length])) return; // most sentences have no Latin name
        Span<char> folded = stackalloc char[Longest];
        for (int at = 0; at < length; at++)
        {
            if (at > 0 && CharFold.IsLatinLetter(text[at - 1])) continue; // inside a word
            int runEnd = LatinNameRuns.End(text, at, length);
            if (runEnd < 0) continue;
            // The longest listed name from here that ends where a word does.
            for (int end = runEnd; end > at; end = LastWordEnd(text, at, end))
            {
                if (end - at > Longest) continue;
                for (int i = at; i < end; i++) folded[i - at] = CharFold.Fold(text[i]);
                byte mask = Lexicon.TypesOf(folded[..(end - at)]);
                if (mask == 0) continue;
                Mark(labels, at, end, length, (EntityType)System.Numerics.BitOperations.Log2(mask));
                at = end - 1;
                break;
            }
        }
    }

    /// <summary>The end of the word before the one that ends at <paramref name="end"/> (Elon Musk → Elon), or <paramref name="start"/>.</summary>
    private static int LastWordEnd(ReadOnlySpan<char> text, int start, int end)
    {
        int space = text[start..end].LastIndexOf(' ');
        return space < 0 ? start : start + space;
    }

    private static void Mark(int[] labels, int start, int end, int length, EntityType type)
    {
        if (BioesLabels.StartOfSpanEndingAt(labels, end) == start) BioesLabels.Mark(labels, start, end, type); // the name itself: its type
        else BioesLabels.MarkUnlessCrossed(labels, length, start, end, type);
    }
}
