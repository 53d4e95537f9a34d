using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A direction that names part of a place opens the place (西太平洋, 北爱尔兰): the tagger often tags the place after it
/// alone (西 太平洋/LOC), where MSRA's training text keeps such a direction inside the place 146 times (东南亚 aside, 38: 东耶路撒冷,
/// 西秦岭, 南大西洋, 北美洲) and leaves it out, untagged, only where it ends another word (以南 非洲, 以东 喜马拉雅山, 市北 某山: 11).
/// So one of 东西南北, untagged, right before a place of two characters or more the tagger found, is joined to it when it starts
/// jieba's word (据悉 西 某某海, 预计 北 某某岛) and follows no word for a heading or a side (以东, 往北, 向西, 城北): a word that ends in
/// the direction (山东, 河南) or such a heading leaves it out. 上, 下, 大 and 小 are
/// no such prefixes: in MSRA they are verbs' (登上, 扩大) far more often than names'. Part of the directions rule. Stateless.
/// </summary>
internal static class DirectionPrefixes
{
    /// <summary>Characters before the direction that make a heading or a side of it (以东, 往北, 向西, 偏南, 城北, 市东), not a name.</summary>
    private const string Headings = "以之往向朝偏城市区县镇乡村";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOfAny(DirectionWords.Directions) < 0) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end - start < 2 || start < 1) continue;
            int at = start - 1;
            if (!DirectionWords.Directions.Contains(text[at]) || labels[at] != BioesLabels.Outside || DirectionWords.Directions.Contains(text[start])) continue;
            if (at > 0 && Headings.Contains(text[at - 1])) continue;
            if (at > 0 && WordsAt.Ending(words, baseOffset, at) is null) continue; // jieba's word runs over the direction (以东)
            BioesLabels.Mark(labels, at, end, EntityType.LOC);
        }
    }
}
