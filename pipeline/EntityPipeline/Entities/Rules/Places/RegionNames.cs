using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A region named by a province's abbreviation and a direction is one place (guidelines E5: 苏南, 皖南 kept whole; 川西, 皖北,
/// 鲁西南): jieba's place word of the abbreviation and one or two of 东南西北中, which the tagger leaves untagged or tags by its
/// abbreviation alone (MSRA's convention, 苏/LOC 南, which the guidelines do not follow). Part of the abbreviations rule, after
/// <see cref="EmbeddedAbbreviations"/>. Stateless.
/// </summary>
internal static class RegionNames
{
    private const string Directions = "东南西北中";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end - start is not (2 or 3) || end > length || !ShortForms.IsPlaceAbbreviation(text[start]) || word.Pos != "ns"
                || text[(start + 1)..end].ContainsAnyExcept(Directions)) continue;
            // Untagged, or the abbreviation tagged alone; not opening a name the tagger found after it (沪东 中华造船/ORG).
            bool alone = labels[start] == BioesLabels.Outside || labels[start] == BioesLabels.Label(EntityType.LOC, BioesLabels.S);
            if (!alone || !BioesLabels.AllOutside(labels, start + 1, end) || end < length && labels[end] != BioesLabels.Outside) continue;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }
}
