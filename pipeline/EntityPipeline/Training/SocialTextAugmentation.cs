using System.Text;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training;

/// <summary>
/// A recipe's <c>augment</c>: rewrites a seeded share of some corpora's sentences to read like social-media messages (Weibo),
/// whose punctuation is often missing and whose names and sentences run on: a sentence loses its punctuation outside entities
/// (、 between names, commas, quotes, the full stop), or is glued to the next sentence with no separator.
/// Entity spans move with the text; no character inside an entity is removed.
/// Sentences are rewritten in place, not copied: a copy beside its original would find its entities in the jackknifed lexicon
/// of the other folds and land in another stacking fold than its original, so its features would be too good.
/// </summary>
public sealed record SocialTextAugmentation
{
    /// <summary>The corpus formats rewritten (CLUENER, the most modern, by default).</summary>
    public IReadOnlyList<CorpusFormat> Formats { get; init; } = [CorpusFormat.ClueNer];

    /// <summary>The share of sentences whose punctuation outside entities is removed.</summary>
    public double DropPunctuation { get; init; }

    /// <summary>
    /// The share of sentences glued to the next sentence, without their final punctuation. The next may be another document's (a
    /// CLUENER record is one), as a message runs unrelated things together; the glued sentence is its first part's document's.
    /// </summary>
    public double Glue { get; init; }

    public bool Applies(CorpusFormat format) => Formats.Contains(format);

    /// <summary>The sentences with a share rewritten, the same for the same seed; how many lost their punctuation and how many were glued.</summary>
    public (List<AnnotatedSentence> Sentences, int Dropped, int Glued) Apply(IReadOnlyList<AnnotatedSentence> sentences, int seed)
    {
        var random = new Random(seed);
        var result = new List<AnnotatedSentence>(sentences.Count);
        int dropped = 0, glued = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            // Both draws for every sentence, so that one share's choices do not move with the other's.
            bool glue = random.NextDouble() < Glue, drop = random.NextDouble() < DropPunctuation;
            var sentence = sentences[i];
            if (glue && i + 1 < sentences.Count)
            {
                sentence = Join(Remove(sentence, FinalPunctuation(sentence)), sentences[++i]);
                glued++;
            }
            if (drop)
            {
                var bare = Remove(sentence, Punctuation(sentence));
                if (bare.Text.Length > 0 && bare.Text.Length < sentence.Text.Length) { sentence = bare; dropped++; }
            }
            result.Add(sentence);
        }
        return (result, dropped, glued);
    }

    /// <summary>Punctuation outside entities, except between two Latin letters or digits (3.5, 2008-09, a URL's dots).</summary>
    private static bool[] Punctuation(AnnotatedSentence sentence)
    {
        var text = sentence.Text;
        var remove = new bool[text.Length];
        for (int i = 0; i < text.Length; i++)
            remove[i] = char.IsPunctuation(text[i]) && !(i > 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1]));
        return Outside(sentence, remove);
    }

    /// <summary>The punctuation and white space that end the sentence, outside entities.</summary>
    private static bool[] FinalPunctuation(AnnotatedSentence sentence)
    {
        var text = sentence.Text;
        var remove = new bool[text.Length];
        for (int i = text.Length - 1; i >= 0 && (char.IsPunctuation(text[i]) || char.IsWhiteSpace(text[i])); i--) remove[i] = true;
        return Outside(sentence, remove);
    }

    private static bool[] Outside(AnnotatedSentence sentence, bool[] remove)
    {
        foreach (var entity in sentence.Entities)
            Array.Fill(remove, false, entity.Start, entity.End - entity.Start);
        return remove;
    }

    private static AnnotatedSentence Remove(AnnotatedSentence sentence, bool[] remove)
    {
        var text = new StringBuilder(sentence.Text.Length);
        var position = new int[sentence.Text.Length + 1]; // each old offset's new offset
        for (int i = 0; i < sentence.Text.Length; i++)
        {
            position[i] = text.Length;
            if (!remove[i]) text.Append(sentence.Text[i]);
        }
        position[^1] = text.Length;
        return sentence with
        {
            Text = text.ToString(),
            Entities = [.. sentence.Entities.Select(e => e with { Start = position[e.Start], End = position[e.End] })],
        };
    }

    private static AnnotatedSentence Join(AnnotatedSentence first, AnnotatedSentence second) => first with
    {
        Text = first.Text + second.Text,
        Entities = first.Entities.AddRange(second.Entities.Select(e => e with { Start = e.Start + first.Text.Length, End = e.End + first.Text.Length })),
    };
}
