using System.Collections.Frozen;
using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Short forms of names a character n-gram cannot pool: the one-character abbreviations of China's provinces and regions
/// (湘菜, 桂西, 苏浙皖 as three places), and a given name that doubles one character after a surname (张欢欢). The features
/// are read only by models with <see cref="TaggerFeatureOptions.ShortForms"/>; every model's output goes through <see cref="SplitRuns"/>.
/// </summary>
internal static class ShortForms
{
    private static readonly FrozenSet<char> PlaceAbbreviations = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔滇陕甘陇青宁藏桂蒙港澳台".ToFrozenSet();

    public static bool IsPlaceAbbreviation(char c) => PlaceAbbreviations.Contains(c);

    /// <summary>
    /// Whether a span is a run of place abbreviations that names one place per character (苏浙皖, 闽粤港台). 辽宁 is a
    /// province's own name.
    /// </summary>
    public static bool IsAbbreviationRun(ReadOnlySpan<char> span)
    {
        if (span.Length < 2 || span.SequenceEqual("辽宁")) return false;
        foreach (char c in span)
            if (!IsPlaceAbbreviation(c)) return false;
        return true;
    }

    /// <summary>
    /// Rewrites a sentence's decoded labels so that place abbreviations are one place per character, as MSRA tags them
    /// (every one of the 1,634 runs in its training data but 辽宁; and 234 of the 237 abbreviations next to a one-character
    /// place) and as the seed guidelines ask (E6): a place or organisation made only of abbreviations (苏浙皖) is split,
    /// and an untagged abbreviation next to a one-character place joins it (沪 tagged alone in 沪苏浙 brings 苏 and 浙).
    /// A rule on the output, so it holds for every model.
    /// </summary>
    public static void SplitRuns(ReadOnlySpan<char> text, Span<int> labels)
    {
        int place = BioesLabels.Label(EntityType.LOC, BioesLabels.S);
        for (int start = 0; start < labels.Length; start++)
        {
            if (labels[start] == BioesLabels.Outside || BioesLabels.PartOf(labels[start]) != BioesLabels.B) continue;
            int end = start + 1;
            while (end < labels.Length && BioesLabels.PartOf(labels[end]) == BioesLabels.I) end++;
            end = Math.Min(end + 1, labels.Length); // past the span's E
            if (BioesLabels.TypeOf(labels[start]) != EntityType.PER && IsAbbreviationRun(text[start..end]))
                labels[start..end].Fill(place);
            start = end - 1;
        }
        for (int i = 1; i < labels.Length; i++)
            if (Joins(text, labels, i, i - 1, place)) labels[i] = place;
        for (int i = labels.Length - 2; i >= 0; i--)
            if (Joins(text, labels, i, i + 1, place)) labels[i] = place;
    }

    private static bool Joins(ReadOnlySpan<char> text, Span<int> labels, int i, int neighbour, int place) =>
        labels[i] == BioesLabels.Outside && labels[neighbour] == place && IsPlaceAbbreviation(text[i]) && IsPlaceAbbreviation(text[neighbour]);

    /// <summary>
    /// Where the character stands in a doubled given name: 0 none; 1 the surname before it (张 of 张欢欢); 2 the first
    /// doubled character; 3 the second. Only after a common surname (<see cref="PersonCues.Surname"/>), so 常常 and 看看 stay 0.
    /// </summary>
    public static uint DoubledName(ReadOnlySpan<char> text, int i) =>
        Doubles(text, i + 1) ? 1u : Doubles(text, i) ? 2u : Doubles(text, i - 1) ? 3u : 0u;

    /// <summary>Whether the characters at <paramref name="at"/> and after it are one doubled after a surname.</summary>
    private static bool Doubles(ReadOnlySpan<char> text, int at) =>
        at >= 1 && at + 1 < text.Length && text[at] == text[at + 1] && text[at] != text[at - 1] && PersonCues.Surname(text, at - 1) == 1;
}
