using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A government body is named from its place (guidelines E4: 江苏省交通运输厅, 上海市科委): where the tagger cut one into a place
/// and a body (四川省/LOC 发展和/O 改革委员会/ORG), the place, the words between and the body become one organisation. Only
/// a body that ends in an office's word (委员会, 局, 厅 …) and does not open with a division of its own (江苏省/LOC
/// 靖江市供电局/ORG stays two), and only nouns, verbal nouns and 和 between them. A rule on the decoded labels and jieba's
/// words, so it holds for every model. Stateless.
/// </summary>
internal static class BodyNames
{
    private static readonly string[] OfficeEndings = ["委员会", "局", "厅", "委", "办公室", "办", "署"];

    private const int MaxGap = 6;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG || !EndsInOffice(text[start..end]) || DivisionChains.DivisionAt(text[start..end]) > 0) continue;
            int gapStart = GapStart(words, baseOffset, labels, start);
            if (gapStart == 0 || labels[gapStart - 1] == BioesLabels.Outside || BioesLabels.TypeOf(labels[gapStart - 1]) != EntityType.LOC) continue;
            BioesLabels.Mark(labels, BioesLabels.StartOfSpanEndingAt(labels, gapStart), end, EntityType.ORG);
        }
    }

    private static bool EndsInOffice(ReadOnlySpan<char> name)
    {
        foreach (var ending in OfficeEndings)
            if (name.EndsWith(ending) && name.Length > ending.Length) return true;
        return false;
    }

    /// <summary>Where the untagged nouns and 和 right before <paramref name="at"/> start (at itself when there are none).</summary>
    private static int GapStart(ReadOnlySpan<Token> words, int baseOffset, int[] labels, int at)
    {
        int gap = at;
        for (int w = words.Length - 1; w >= 0; w--)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (start >= at) continue;
            if (end != gap || labels[start] != BioesLabels.Outside || !Joins(words[w].Pos) || at - start > MaxGap) break;
            gap = start;
        }
        return gap;
    }

    private static bool Joins(string pos) => pos is "n" or "vn" or "c" or "nz";
}
