using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
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

    private const string Market = "市场";

    /// <summary>Goods a market's name gives before a bare 市场 (篁园服装市场), beyond a produce market's.</summary>
    private static readonly string[] Wares = ["服装", "小商品", "布匹", "建材", "家具", "花鸟", "古玩", "五金"];

    /// <summary>
    /// A place of its own that the tagger found right before 市场, past the goods it sells (青石桥/LOC 市场, 东升路/LOC 市场, 篁园/LOC
    /// 服装市场), is a named market with it, one place (E7), as MSRA tags every market named so (汉正街小商品市场, 二道桥市场, 东风市场)
    /// and the golds do. A country, a division at county level or above, a listed place, a region or an economic region before
    /// 市场 is the market's area, no name (中国市场, 深圳市场, 伦敦市场, 华北市场, 长三角市场: MSRA splits all 57 of them; PlaceTails
    /// cuts such a place run into the word). Not where 市场 opens a longer word (某某市场监管所, 市场部). Part of the facilities
    /// rule. Stateless.
    /// </summary>
    public static void JoinPlaces(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf(Market, StringComparison.Ordinal) < 0) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.LOC || end - start < 2) continue;
            int at = end;
            foreach (var ware in Wares)
                if (text[at..length].StartsWith(ware)) { at += ware.Length; break; }
            if (at == end) foreach (var goods in Goods)
                    if (text[at..length].StartsWith(goods)) { at += goods.Length; break; }
            if (!text[at..length].StartsWith(Market) || !(IsWord(words, baseOffset, at, at + Market.Length) || IsWord(words, baseOffset, end, at + Market.Length))
                || !BioesLabels.AllOutside(labels, end, at + Market.Length) || IsArea(text[start..end])) continue;
            BioesLabels.Mark(labels, start, at + Market.Length, EntityType.LOC);
        }
    }

    /// <summary>Whether jieba cut a word (服装市场 too) exactly from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool IsWord(ReadOnlySpan<Token> words, int baseOffset, int start, int end)
    {
        foreach (var word in words)
            if (word.Start - baseOffset == start) return word.End - baseOffset == end;
        return false;
    }

    /// <summary>A place that names the area a market word is about (中国, 深圳, 伦敦, 华北, 长三角), not a market.</summary>
    private static bool IsArea(ReadOnlySpan<char> place) =>
        CountryPlaces.IsCountry(place) || (PlaceNames.Lexicon.TypesOf(place) & PlaceNames.CountyOrAbove) != 0 || ListedPlaces.IsListed(place)
        || RegionSuffixes.IsRegion(place) || EconomicRegions.IsRegion(place) || "省市县区国洲".Contains(place[^1]);

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
