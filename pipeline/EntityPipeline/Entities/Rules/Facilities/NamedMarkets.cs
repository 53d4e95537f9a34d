using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A name before the word for a produce market (城西农贸市场, 河湾蔬菜批发市场, 东桥菜市场) is a named facility: a place
/// (guidelines E7; MSRA tags named 批发市场, 农贸市场 and 菜场 LOC), which the tagger leaves untagged. The name is the one
/// word of two or three Han characters before the market word, past the goods it sells (蔬菜, 粮油): not a pronoun, a
/// number, a word of time or a function word, nor a word of extent (当地, 全市). A span the tagger found inside gives way;
/// one reaching outside stays. Gated on 场 before any word is read. Part of the facilities rule. Stateless.
/// </summary>
internal static class NamedMarkets
{
    private static readonly string[] Markets = ["农贸市场", "批发市场", "菜市场", "农贸批发市场", "菜场"];

    /// <summary>Goods a market's name gives between its name and the market word.</summary>
    private static readonly FrozenSet<string> Goods = new[]
    {
        "蔬菜", "粮油", "农副产品", "农产品", "水产", "果蔬", "水果", "海鲜", "花卉", "副食品", "肉类", "综合", "农贸",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "当地", "本地", "全市", "全县", "全区", "全国", "附近", "周边", "大型", "社区", "传统", "城市", "农村", "乡镇", "这个", "一个",
        "中心", "市中心", "城区", "市区", "县城", "集贸",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (!text[..length].Contains('场')) return;
        for (int w = 1; w < words.Length; w++)
        {
            int at = words[w].Start - baseOffset;
            if (at >= length) break;
            int end = MarketEnd(text[..length], at);
            if (end < 0 || end != WordEndAtOrAfter(words, baseOffset, end)) continue;
            int name = w - 1;
            while (name > 0 && Goods.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words[name].In(text, baseOffset))) name--;
            if (!IsName(words[name].In(text, baseOffset), words[name].Pos)) continue;
            BioesLabels.MarkUnlessCrossed(labels, length, words[name].Start - baseOffset, end, EntityType.LOC);
        }
    }

    /// <summary>Where the market word that starts at <paramref name="at"/> ends, or −1.</summary>
    private static int MarketEnd(ReadOnlySpan<char> text, int at)
    {
        int end = -1;
        foreach (var market in Markets)
            if (text[at..].StartsWith(market)) end = Math.Max(end, at + market.Length);
        return end;
    }

    /// <summary>The end of the word that ends at or after <paramref name="at"/>: the market word must end a jieba word.</summary>
    private static int WordEndAtOrAfter(ReadOnlySpan<Token> words, int baseOffset, int at)
    {
        foreach (var word in words)
            if (word.End - baseOffset >= at) return word.End - baseOffset;
        return -1;
    }

    private static bool IsName(ReadOnlySpan<char> word, string pos) =>
        word.Length is 2 or 3 && HanCharacters.AllHan(word) && !NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        && pos is not ("r" or "m" or "t" or "p" or "c" or "u" or "uj" or "ul" or "d" or "q" or "v" or "vn" or "a" or "b");
}
