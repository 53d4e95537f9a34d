using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A Tibetan name is two or more given-name elements and no surname (次仁卓玛, 扎西顿珠, 多吉才让): a tagger that reads names
/// as a surname and a given name cuts one (次/O 仁卓玛/PER, 卓玛 alone) or misses it. A run of two or more elements is one
/// person when nothing the tagger found reaches outside it. MSRA tags such names whole (多吉才让 ×7, 索朗尼玛, 德吉卓嘎).
/// One element alone is left to the tagger: several are also words or other names (尼玛, 格桑花, 洛桑 for Lausanne). Part of
/// the person-names rule. Stateless.
/// </summary>
internal static class TibetanNames
{
    /// <summary>Common elements of Tibetan given names, as news transcribes them.</summary>
    private static readonly FrozenSet<string> Elements = new[]
    {
        "次仁", "扎西", "卓玛", "多吉", "多杰", "格桑", "尼玛", "旦增", "丹增", "索朗", "索南", "平措", "达瓦", "罗布", "拉巴", "普布", "顿珠", "央金", "德吉", "白玛",
        "洛桑", "曲珍", "仁增", "强巴", "土登", "阿旺", "巴桑", "边巴", "次旦", "次珍", "卓嘎", "拉姆", "米玛", "旺堆", "旺姆", "益西", "群培", "贡嘎", "琼达", "泽仁",
        "泽旺", "嘎玛", "曲尼", "桑珠", "才让", "次央", "德庆", "玉珍", "央宗", "曲扎", "加措", "嘉措", "坚参", "坚赞", "旦巴", "晋美", "扎巴", "拉珍", "巴珠", "次西",
        "益尼", "旺久", "欧珠", "仓决", "措姆", "格列", "洛松", "斯朗", "拥措", "边珍", "桑吉", "次旺", "朗杰", "罗桑", "才旦", "降措", "泽措",
        "德央", "曲宗", "达娃", "赤列", "央拉", "仁青", "加央", "旺加", "普琼", "曲吉", "次吉", "巴姆", "群宗",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MinElements = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        var elements = Elements.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i + 2 * MinElements <= length; i++)
        {
            int end = i;
            while (end + 2 <= length && elements.Contains(text[end..(end + 2)])) end += 2;
            if (end - i < 2 * MinElements) continue;
            if (OnlyPersonsInside(labels, i, end, length)) BioesLabels.Mark(labels, i, end, EntityType.PER);
            i = end - 1;
        }
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is a run of two or more elements and nothing else (<see cref="Bylines"/>).</summary>
    public static bool IsName(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start < 2 * MinElements || (end - start) % 2 != 0) return false;
        var elements = Elements.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = start; i < end; i += 2)
            if (!elements.Contains(text[i..(i + 2)])) return false;
        return true;
    }

    /// <summary>
    /// Whether every span with a label in [start, end) lies inside it, and is a person's, or is the run itself (扎西顿珠 read as
    /// a place).
    /// </summary>
    private static bool OnlyPersonsInside(int[] labels, int start, int end, int length) =>
        BioesLabels.CanStart(labels[start]) && (end == length || BioesLabels.CanStart(labels[end]))
        && (BioesLabels.OnlyOutsideOr(labels, start, end, EntityType.PER) || BioesLabels.StartOfSpanEndingAt(labels, end) == start);
}
