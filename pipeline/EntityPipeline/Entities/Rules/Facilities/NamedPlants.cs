using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A name before the word for a power plant, a greenway or a ship lock (某某风电场, 某某一号海上风电场, 某某绿道, 某某船闸) is a named facility, a place
/// (guidelines E7; the project's golds tag 风电场 and 核电站 names LOC), which the tagger leaves untagged when the name is no place
/// it knows. The name is one untagged noun or name of two or three Han characters that jieba knows, with a number of its own
/// after it (一号, 二期), before the head and the kind of plant (海上, 光伏); no word of extent or kind (当地, 全省, 社区, 大型). A
/// place the tagger found before the head is run through it by <see cref="FacilityNames"/> instead. Gated on the head's
/// characters. Part of the facilities rule. Stateless.
/// </summary>
internal static class NamedPlants
{
    private static readonly FrozenSet<string> Heads = new[] { "风电场", "光伏电站", "水电站", "核电站", "电站", "绿道", "船闸" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Kinds of plant between a plant's name and its head.</summary>
    private static readonly FrozenSet<string> Kinds = new[] { "海上", "陆上", "光伏", "风力", "抽水蓄能", "分布式", "集中式" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "当地", "本地", "全市", "全县", "全区", "全省", "全国", "附近", "周边", "大型", "小型", "社区", "城市", "农村", "乡村", "这个", "一个",
        "中心", "市区", "城区", "县城", "区域", "沿江", "滨江", "滨水", "环湖", "沿河", "山地", "森林", "生态", "国内", "海外", "新建", "现有",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> HeadLasts = System.Buffers.SearchValues.Create("场站道闸");

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf("电站") < 0 && text[..length].IndexOf("电场") < 0 && text[..length].IndexOf("绿道") < 0 && text[..length].IndexOf("船闸") < 0) return;
        var heads = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
        var kinds = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 1; w < words.Length; w++)
        {
            int end = words[w].End - baseOffset;
            if (end > length) break;
            var head = words[w].In(text, baseOffset);
            if (!HeadLasts.Contains(head[^1]) || !heads.Contains(head)) continue;
            int k = w - 1;
            while (k > 0 && kinds.Contains(words[k].In(text, baseOffset))) k--;
            if (k > 0 && IsOrdinal(words[k].In(text, baseOffset), words[k].Pos)) k--;
            int start = words[k].Start - baseOffset;
            if (!IsName(words[k].In(text, baseOffset), words[k].Pos) || !BioesLabels.AllOutside(labels, start, end)) continue;
            BioesLabels.MarkUnlessCrossed(labels, length, start, end, EntityType.LOC);
        }
    }

    /// <summary>A number a plant's name gives itself (一号, 2号, 二期).</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> word, string pos) => pos is "m" or "b" && word.Length >= 2 && word[^1] is '号' or '期';

    private static bool IsName(ReadOnlySpan<char> word, string pos) =>
        word.Length is 2 or 3 && HanCharacters.AllHan(word) && !NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        && pos is "n" or "nr" or "nrt" or "ns" or "nt" or "nz" or "j"; // a noun or name jieba knows: its unknown words run across verbs (下班 后到/x 绿道)
}
