using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A place the tagger ended one character before the end of jieba's word, where that character is a division's or village's
/// (江临/LOC in jieba's one word 江临市, 云溪/LOC in 云溪村), is the division whole: the names the corpora teach the tagger are
/// mostly known cities, and an unknown one loses its 市. Jieba holds such a word whole only where it reads it as one name
/// (市民, 市场, 村民 are words of their own); a region's 地区 (E5) and a 股市 end two characters after the place. Part of the
/// division chains rule. Stateless.
/// </summary>
internal static class DivisionWordEnds
{
    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || end - start is < 3 or > 5 || !"市县区镇乡村".Contains(text[end - 1]) || labels[end - 1] != BioesLabels.Outside
                || BioesLabels.StartOfSpanEndingAt(labels, end - 1) != start || BioesLabels.TypeOf(labels[start]) != EntityType.LOC) continue;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }
}
