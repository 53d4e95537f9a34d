using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A coined name right before a word for a trade is a company (润百科技, 宇树科技, 长鑫存储, 艺恩数据, 奥康国际): news names a
/// modern firm by a made-up name and its trade, and the tagger, trained on 1998's text, leaves most of them untagged. The name
/// is a two-character word jieba's dictionary does not know (tag x) whose characters are name-like by
/// <see cref="GivenNameChars"/>: the unknown words jieba makes of common text (这是, 两大, 国在) are not, nor is a place
/// (鄞州智能 is the district's trade). A span the tagger found
/// inside gives way (中/LOC in a firm's name); one that reaches outside stays. jieba's unknown word may hold name and trade
/// (云枢智造/x) or take in a preposition or a word for a company before the name (向甬芯/x 半导体, 房企澄湖/x 置业). The company's own words after the trade
/// (有限公司) are part of it. A brand the tagger found alone takes in the trade after it (<see cref="ExtendTagged"/>). Part
/// of the companies rule. Before a trade only firms have (重工, 药业), any noun or name is the firm's (<see cref="ApplyFirmOnly"/>).
/// Stateless.
/// </summary>
internal static class IndustryCompanies
{
    /// <summary>Trades firms name themselves by; whole jieba words (or two of them in one), so 科技厅 and 银行业 are not among them.</summary>
    private static readonly FrozenSet<string> TradeWords = new[]
    {
        "科技", "技术", "存储", "医疗", "影业", "数据", "半导体", "资本", "智能", "汽车", "电子", "网络", "传媒", "药业", "生物", "制药",
        "国际", "集团", "股份", "控股", "实业", "能源", "电气", "材料", "物流", "食品", "证券", "基金", "银行", "保险", "地产", "置业",
        "航空", "体育", "文化", "教育", "通信", "电器", "软件", "信息", "动力", "重工", "机械", "光电", "新能源", "环保", "医药", "投资",
        "创投", "电商", "微电子", "影视", "娱乐", "互娱", "乳业", "酒业", "超市", "化工", "机电", "传动", "矿业", "石化", "电力", "燃气",
        "水务", "纺织", "钢铁", "建材", "装备", "精密", "物业", "家居", "服饰", "百货", "商贸", "贸易", "农业", "牧业", "环境", "健康",
        "新材", "航天", "智行", "智驾", "智造", "冷链", "咖啡", "音乐", "电竞", "映画", "资产", "电池", "锂业", "铝业", "铜业", "钼业", "钴业", "纸业", "糖业",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> TradeFirsts = System.Buffers.SearchValues.Create(string.Concat(TradeWords.Select(t => t[0])));

    private const int MaxBrand = 3;

    /// <summary>Trades a brand is followed by as often in other senses: its data, technology, investments, a channel's name.</summary>
    private static readonly FrozenSet<string> NotAfterBrand = new[] { "数据", "技术", "信息", "资产", "国际", "投资", "教育", "文化", "体育", "娱乐", "贸易", "农业", "环境", "健康" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The least sum of the two characters' <see cref="GivenNameChars"/> classes (1 to 5, rare 6): 这是 sums 2, 长鑫 8.</summary>
    private const uint MinNameLikeness = 5;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var trades = TradeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 0; w < words.Length; w++)
        {
            // jieba's one unknown word of a coined name and its trade (云枢智造/x, 恒泰冷链/x).
            int wordStart = words[w].Start - baseOffset, wordEnd = words[w].End - baseOffset;
            if (wordEnd <= length && wordEnd - wordStart > 2 && IsTrade(text[(wordStart + 2)..wordEnd], trades) && IsCoinedName(text[wordStart..(wordStart + 2)], words[w].Pos))
                BioesLabels.MarkUnlessCrossed(labels, length, wordStart, wordEnd, EntityType.ORG);
        }
        for (int w = 1; w < words.Length; w++)
        {
            int start = words[w - 1].Start - baseOffset, at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || !IsTrade(text[at..end], trades)) continue;
            // jieba's unknown word can take in the preposition or the word for a company before the name (向甬芯/x 半导体, 房企澄湖/x 置业).
            if (at - start > 2 && words[w - 1].Pos == "x" && GluedBefore(text[start..(at - 2)])) start = at - 2;
            if (!IsCoinedName(text[start..at], words[w - 1].Pos)) continue;
            int companyEnd = CompanyNames.CompanyWordsEnd(text, words, baseOffset, labels, w + 1, out _); // 润百科技有限公司
            BioesLabels.MarkUnlessCrossed(labels, length, start, companyEnd > 0 ? companyEnd : end, EntityType.ORG);
        }
    }

    /// <summary>Trades only a firm names itself by: a place or a common word before one is a firm's name too (江海重工, 中国重工, 光明乳业).</summary>
    private static readonly FrozenSet<string> FirmOnlyTrades = new[] { "重工", "药业", "锂业", "乳业", "影业", "酒业", "铝业", "铜业", "钼业", "钴业", "纸业", "糖业", "牧业" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A noun or name of two Han characters right before a trade only firms name themselves by is a company, whatever jieba
    /// knows the word as (江海/ns 重工: the tagger's 江海/LOC gives way), unless a body's word follows (中国药业协会 names an
    /// association, not the firm).
    /// </summary>
    public static void ApplyFirmOnly(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var firmTrades = FirmOnlyTrades.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 1; w < words.Length; w++)
        {
            int start = words[w - 1].Start - baseOffset, at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || end - at != 2 || !TradeFirsts.Contains(text[at]) || !firmTrades.Contains(text[at..end])) continue;
            if (at - start != 2 || !HanCharacters.AllHan(text[start..at]) || !IsNameWord(words[w - 1].Pos)) continue;
            if (w + 1 < words.Length && words[w + 1].End - baseOffset <= length
                && EntitySuffixes.Classify(words[w + 1].In(text, baseOffset)) is EntitySuffixes.Org + 2 or EntitySuffixes.Loc + 2) continue; // a body's or a place's word itself (协会, 园区)
            int companyEnd = CompanyNames.CompanyWordsEnd(text, words, baseOffset, labels, w + 1, out _); // 江海重工股份有限公司
            BioesLabels.MarkUnlessCrossed(labels, length, start, companyEnd > 0 ? companyEnd : end, EntityType.ORG);
        }
    }

    private static bool IsNameWord(string pos) => pos is "n" or "nr" or "nrt" or "nz" or "ng" or "ns" or "x";

    /// <summary>Prepositions and words for a company that jieba's unknown word takes in before a name.</summary>
    private static bool GluedBefore(ReadOnlySpan<char> before) =>
        before.Length == 1 && "向由为被与和从对给把将据".Contains(before[0]) || before is "房企" or "车企" or "药企" or "企业" or "公司";

    /// <summary>A trade word, or two that jieba keeps in one word (科技股份, 存储技术).</summary>
    internal static bool IsTrade(ReadOnlySpan<char> word) => IsTrade(word, TradeWords.GetAlternateLookup<ReadOnlySpan<char>>());

    private static bool IsTrade(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> trades)
    {
        // Every word is asked: most fail on their first character, before any hashing.
        if (word.Length < 2 || !TradeFirsts.Contains(word[0])) return false;
        if (trades.Contains(word)) return true;
        for (int split = 2; split <= word.Length - 2; split++)
            if (trades.Contains(word[..split]) && trades.Contains(word[split..])) return true;
        return false;
    }

    /// <summary>
    /// A brand the tagger found alone (at most <see cref="MaxBrand"/> characters, no word of a body at its end) right before a
    /// trade word takes it in: 永辉/ORG 超市, 腾讯/ORG 控股, 海信/ORG 电器. Not before a trade that also reads as what a body
    /// publishes or does (统计局数据, 腾讯投资了).
    /// </summary>
    public static void ExtendTagged(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int w = 1; w < words.Length; w++)
        {
            int at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || !TradeOfBrand(text[at..end]) || !BioesLabels.AllOutside(labels, at, end)) continue;
            int start = BioesLabels.StartOfSpanEndingAt(labels, at);
            if (start < 0 || BioesLabels.TypeOf(labels[at - 1]) != EntityType.ORG || at - start > MaxBrand
                || EntitySuffixes.Classify(text[start..at]) != EntitySuffixes.None) continue;
            BioesLabels.Mark(labels, start, end, EntityType.ORG);
        }
    }

    /// <summary>Whether a brand's name takes in <paramref name="word"/> after it: a trade, but not one that also reads as what a body publishes or does.</summary>
    internal static bool TradeOfBrand(ReadOnlySpan<char> word) =>
        IsTrade(word, TradeWords.GetAlternateLookup<ReadOnlySpan<char>>()) && !NotAfterBrand.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A two-character word jieba does not know (x), not a place, whose characters are name-like (长鑫, 灵渡; not 这是).</summary>
    internal static bool IsCoinedName(ReadOnlySpan<char> word, string pos)
    {
        if (pos != "x" || word.Length != 2 || PlaceNames.Lexicon.TypesOf(word) != 0) return false; // 鄞州智能: a place's trade
        uint first = GivenNameChars.Of(word[0]), second = GivenNameChars.Of(word[1]);
        return first != GivenNameChars.NotHan && second != GivenNameChars.NotHan && first + second >= MinNameLikeness;
    }
}
