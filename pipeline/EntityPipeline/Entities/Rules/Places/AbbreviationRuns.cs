using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// Place abbreviations come out one place per character, as MSRA tags them (every one of the 1,634 runs in its training
/// data but 辽宁; and 234 of the 237 abbreviations next to a one-character place) and as the seed guidelines ask (E6):
/// a place or organisation made only of abbreviations (苏浙皖), or a person of three (the tagger's error), is split, and an untagged abbreviation next to a
/// one-character place joins it (沪 tagged alone in 沪苏浙 brings 苏 and 浙). A rule on the decoded labels, so it holds for
/// every model. Stateless.
/// </summary>
internal static class AbbreviationRuns
{
    /// <summary>
    /// Whether a span is a run of place abbreviations that names one place per character (苏浙皖, 闽粤港台). 辽宁 is a
    /// province's own name.
    /// </summary>
    public static bool IsRun(ReadOnlySpan<char> span)
    {
        if (span.Length < 2 || span.SequenceEqual("辽宁")) return false;
        foreach (char c in span)
            if (!ShortForms.IsPlaceAbbreviation(c)) return false;
        return true;
    }

    /// <summary>Rewrites the first <paramref name="length"/> (or all) of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int? length = null)
    {
        int n = length ?? labels.Length, place = BioesLabels.Label(EntityType.LOC, BioesLabels.S);
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, n))
            if ((type != EntityType.PER || end - start >= 3) && IsRun(text[start..end])) // a name of two (吉宁) is likelier than of three
                labels.AsSpan(start, end - start).Fill(place);
        for (int i = 1; i < n; i++)
            if (Joins(text, labels, i, i - 1, place)) labels[i] = place;
        for (int i = n - 2; i >= 0; i--)
            if (Joins(text, labels, i, i + 1, place)) labels[i] = place;
    }

    private static bool Joins(ReadOnlySpan<char> text, int[] labels, int i, int neighbour, int place) =>
        labels[i] == BioesLabels.Outside && labels[neighbour] == place && ShortForms.IsPlaceAbbreviation(text[i]) && ShortForms.IsPlaceAbbreviation(text[neighbour]);
}
