using System.Text.RegularExpressions;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// The names a sentence lists before a count of companies or bodies are organisations: 奥康国际和红蜻蜓两家上市鞋企,
/// 星途智能、远帆科技等二十余家企业, 华为等企业, and so before a count of firms or shops of a trade (某某等三十余家光伏企业,
/// 甲、乙和丙三家连锁超市). News names modern firms so, and their names (X科技, X智能, 盒马) are what the
/// tagger, trained on 1998's text, knows least. Each item between 、, 和, 与 and 及 becomes one organisation, whatever the tagger
/// made of it (奥/LOC 康/PER 国际 → 奥康国际). An item is a run of jieba's nouns and names (two words at most), so the first starts after the verb,
/// preposition or punctuation before the list; an item with a verb in it (叮咚买菜) ends the list. Without 等 the list needs
/// two items (该市两家企业 names none). Part of the companies rule. Stateless.
/// </summary>
internal static partial class CountedCompanies
{
    /// <summary>
    /// 等 and/or a count (两家, 二十余家), a few modifiers, and a noun for companies or bodies; after a count of 家 (firms or
    /// shops), any trade of up to four characters too (三十余家光伏企业, 五家连锁药店), and a supermarket or retailer.
    /// </summary>
    [GeneratedRegex("等?(?:" + Count + "家(?:(?:" + Modifiers + @")|(?<trade>[\u4E00-\u9FFF]{0,4}?))|(?:" + Count + "[个所])?(?:" + Modifiers + ")?)(?:企业|公司|集团|银行|机构|车企|鞋企|药企|房企|券商|厂商|医院|高校|超市|零售商)")]
    private static partial Regex CountedNoun();

    private const string Count = "[一二两三四五六七八九十百千万几多数余0-9]+", Modifiers = "上市|知名|头部|龙头|大型|国有|民营|外资|本地";

    private static readonly string[] Joiners = ["、", "和", "与", "及"];

    /// <summary>
    /// An item's longest extent: jieba tags verbs such as 委托 and 参观 nouns, so a list's first item, with no joiner before it,
    /// would run back over them (委托华夏基金); two words hold 华夏基金, 奥康国际, 星途智能.
    /// </summary>
    internal const int MaxItem = 10, MaxWords = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        text = text[..length];
        if (!CountedNoun().IsMatch(text)) return; // most sentences: no copy of the text for the matches' groups
        foreach (Match anchor in CountedNoun().Matches(text.ToString()))
        {
            bool etc = text[anchor.Index] == '等';
            int afterEtc = anchor.Index + (etc ? 1 : 0);
            if (!etc && !IsCount(text[afterEtc])) continue; // 企业 alone counts nothing
            if (text[afterEtc] == '一' && !IsCount(text[afterEtc + 1])) continue; // 甲与乙一家公司: one firm, not the list
            // 王某、李某等企业家, 某某等公司负责人: a list before people of the firms names people.
            if (BrandLists.NamesPeople(text[(anchor.Index + anchor.Length)..])) continue;
            var items = ItemsBefore(text, words, baseOffset, labels, anchor.Index);
            if (items.Count < (etc ? 1 : 2)) continue;
            // 生鲜、家政、代驾等6家平台企业: before a trade's firms, a list may name trades, not firms; the tagger must have read
            // one item as a name.
            if (anchor.Groups["trade"].Length > 0 && !items.Exists(i => i.Tagged)) continue;
            // 电机、轴承等企业: with no count, a list of plain nouns names the firms' trades, not firms.
            if (etc && !IsCount(text[afterEtc]) && AllCommonNouns(items, words, baseOffset)) continue;
            foreach (var (start, end, _) in items) BioesLabels.MarkUnlessCrossed(labels, length, start, end, EntityType.ORG);
        }
    }

    /// <summary>Whether every item is an untagged word jieba reads as a common noun (电机/n), not a name or a coined word.</summary>
    private static bool AllCommonNouns(List<(int Start, int End, bool Tagged)> items, ReadOnlySpan<Token> words, int baseOffset)
    {
        foreach (var (start, end, tagged) in items)
            if (tagged || WordsAt.Starting(words, baseOffset, start) is not { } word || word.End - baseOffset != end || word.Pos != "n") return false;
        return true;
    }

    /// <summary>A count's first character (两家, 二十余家, 3家): the modifiers and nouns after it start with none.</summary>
    private static bool IsCount(char c) => char.IsAsciiDigit(c) || "一二两三四五六七八九十百千万几多数余".Contains(c);

    /// <summary>
    /// The list's items that end at <paramref name="end"/>, last first, joined by 、, 和, 与 or 及: a name the tagger read as a
    /// person or organisation, as it ends it (jieba cuts a verb or a direction out of some), or else
    /// a run of nouns and names.
    /// </summary>
    private static List<(int Start, int End, bool Tagged)> ItemsBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int end)
    {
        var items = new List<(int, int, bool)>();
        while (true)
        {
            int tagged = BioesLabels.StartOfSpanEndingAt(labels, end);
            // Not a piece the tagger cut from a name after another span (利马/LOC 格兰/ORG): the name's words are the item then.
            bool isTagged = tagged >= 0 && end - tagged is >= 2 and <= MaxItem && BioesLabels.TypeOf(labels[tagged]) is EntityType.PER or EntityType.ORG
                && (tagged == 0 || labels[tagged - 1] == BioesLabels.Outside);
            int start = isTagged ? tagged : NameWords.RunBefore(text, words, baseOffset, end, MaxWords, MaxItem);
            if (start < 0) break;
            items.Add((start, end, isTagged));
            int joiner = JoinerLengthBefore(text, start);
            if (joiner == 0) break;
            end = start - joiner;
        }
        return items;
    }

    private static int JoinerLengthBefore(ReadOnlySpan<char> text, int at)
    {
        foreach (var joiner in Joiners)
            if (text[..at].EndsWith(joiner)) return joiner.Length;
        return 0;
    }
}
