using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A word for a kind of place (城中村: a village inside a city) names none (guidelines E8, as <see cref="GenericBodies"/> for
/// bodies): a place that is nothing else is dropped, and a place that runs on into it after a name (某某村城中村) is the name
/// alone. Part of the generic-bodies rule. Stateless.
/// </summary>
internal static class GenericPlaces
{
    private static readonly string[] Words = ["城中村"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC) continue;
            foreach (var word in Words)
            {
                if (!text[start..end].EndsWith(word)) continue;
                int cut = end - word.Length;
                labels.AsSpan(cut, word.Length).Fill(BioesLabels.Outside);
                if (cut - start >= 2) BioesLabels.Mark(labels, start, cut, type);
                else labels.AsSpan(start, cut - start).Fill(BioesLabels.Outside);
                break;
            }
        }
    }
}
