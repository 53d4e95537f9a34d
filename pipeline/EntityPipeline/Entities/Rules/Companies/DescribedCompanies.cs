using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Latin;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A company news introduces by what it does (杭州人工智能公司灵犀智元, 具身智能初创公司“灵渡机器人”, 芯片设计公司Arm): the
/// description is no name (guidelines E8: 公司 with common words is generic), its place is a place, and the name right after
/// it is the company. The tagger, trained on 1998's text, where a place and a trade before 公司 named state firms, tags the
/// description and cuts or misses the name. The description is common words before 公司 (jieba's n, vn, a, b, l, and x for
/// a word it does not know: 具身), after at most a place; the name is what the quotation marks hold, a run of Latin letters,
/// or two to four Han characters of nouns and names that hold a coined word (<see cref="IndustryCompanies.IsCoinedName"/>:
/// 灵犀/nr 智元/x, 星槎/n 互娱/x; not 董事长), or the mention the tagger started there. Other words for a business (巨头,
/// 制造商, 平台, 集团) introduce a Latin name the same way (德国化工巨头BASF, 电商平台Shopify); a Han name after them is as often a
/// product or a person. A Latin name a noun follows is a modifier, not a name (科技公司ESG报告), unless the noun is what a company
/// has (股价) or a role in it (首席执行官). Part of the companies rule. Stateless.
/// </summary>
internal static class DescribedCompanies
{
    private const string Company = "公司";

    /// <summary>Words for a business that introduce a Latin name only.</summary>
    private static readonly FrozenSet<string> LatinHeads = new[]
    {
        "企业", "集团", "巨头", "制造商", "供应商", "厂商", "运营商", "开发商", "零售商", "平台", "机构", "车企", "药企",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxDescription = 8, MaxQuoted = 10, MaxHanName = 4;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Most sentences name no company and have no Latin name.
        if (!text[..length].Contains(Company, StringComparison.Ordinal) && !LatinNameRuns.HasCapital(text[..length])) return;
        var latinHeads = LatinHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 1; w + 1 < words.Length; w++)
        {
            int companyEnd = words[w].End - baseOffset;
            if (companyEnd >= length) continue;
            var head = text[(words[w].Start - baseOffset)..companyEnd];
            bool company = head.SequenceEqual(Company);
            if (!company && !latinHeads.Contains(head)) continue;
            int first = FirstDescriptionWord(text, words, baseOffset, w);
            if (first < 0 || NameAfter(text, words, baseOffset, labels, w + 1, length, latinOnly: !company) is not (> 0 and var nameEnd)) continue;
            int description = words[first].Start - baseOffset;
            int place = first > 0 && words[first - 1].Pos == "ns" ? words[first - 1].Start - baseOffset : -1; // 杭州/ns
            int from = place >= 0 ? place : description;
            if (!BioesLabels.CanStart(labels[from]) || nameEnd < length && !BioesLabels.CanStart(labels[nameEnd])) continue;
            labels.AsSpan(from, nameEnd - from).Fill(BioesLabels.Outside);
            if (place >= 0) BioesLabels.Mark(labels, place, description, EntityType.LOC);
            BioesLabels.Mark(labels, text[companyEnd] == '“' ? companyEnd + 1 : companyEnd, nameEnd, EntityType.ORG);
        }
    }

    /// <summary>The first of the common words before 公司 (word <paramref name="company"/>), or −1 when there are none, too many or no noun.</summary>
    private static int FirstDescriptionWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int company)
    {
        int first = -1;
        bool noun = false; // 经营/vn 公司 之道: a verb's object, not a description
        for (int k = company - 1; k >= 0; k--)
        {
            int wordStart = words[k].Start - baseOffset, end = words[company].Start - baseOffset;
            if (!IsDescriptive(words[k].Pos) || !HanCharacters.AllHan(text[wordStart..(words[k].End - baseOffset)]) || end - wordStart > MaxDescription) break;
            first = k;
            noun |= words[k].Pos == "n";
        }
        return noun ? first : -1;
    }

    private static bool IsDescriptive(string pos) => pos is "n" or "vn" or "a" or "b" or "l" or "x";

    /// <summary>Where the company's name after its head word ends (words from <paramref name="from"/>), or 0 when no name follows (no Latin one, with <paramref name="latinOnly"/>).</summary>
    private static int NameAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int from, int length, bool latinOnly)
    {
        int start = words[from].Start - baseOffset;
        if (start >= length) return 0;
        if (latinOnly && !char.IsAsciiLetterUpper(text[start])) return 0;
        if (text[start] == '“')
        {
            int close = text[(start + 1)..length].IndexOf('”');
            return close is >= 2 and <= MaxQuoted && !text[(start + 1)..(start + 1 + close)].ContainsAny("，。、；：！？") ? start + 1 + close : 0;
        }
        if (char.IsAsciiLetterUpper(text[start]))
        {
            int end = start;
            while (end < length && (char.IsAsciiLetter(text[end]) || text[end] == ' ' && end + 1 < length && char.IsAsciiLetterUpper(text[end + 1]))) end++;
            return end - start >= 2 && !NounAfter(text, words, baseOffset, end, length) ? end : 0;
        }
        // A mention the tagger started there (深度求索) is the name as the tagger ends it.
        if (labels[start] != BioesLabels.Outside && BioesLabels.PartOf(labels[start]) is BioesLabels.B or BioesLabels.S)
        {
            int end = BioesLabels.EndOfSpanStartingAt(labels, start);
            return end - start <= MaxQuoted ? end : 0;
        }
        int nameEnd = 0;
        bool named = false;
        for (int k = from; k < words.Length; k++)
        {
            int wordStart = words[k].Start - baseOffset, wordEnd = words[k].End - baseOffset;
            if (wordEnd > length || wordEnd - start > MaxHanName || words[k].Pos is not ("n" or "nr" or "nz" or "x" or "j")
                || !HanCharacters.AllHan(text[wordStart..wordEnd])) break;
            named |= IndustryCompanies.IsCoinedName(text[wordStart..wordEnd], words[k].Pos);
            nameEnd = wordEnd;
        }
        return named && nameEnd - start >= 2 ? nameEnd : 0;
    }

    /// <summary>The words for a firm that describe the name after them: 企业, a trade's 餐饮企业, a bare 企 (茶 企) or a two-character 茶企.</summary>
    private const string Firm = "企业", FirmAlone = "企";

    /// <summary>The endings of a company's name that make a name after a description safe to take (陇原味坊餐饮有限公司).</summary>
    private static readonly string[] CompanyEndings = ["公司", "集团"];

    /// <summary>What opens the rest of a name that holds 企业 itself (万科企业股份有限公司, 邢东企业集团, in brackets too: 某某企业（集团）有限公司): no second name follows.</summary>
    private static readonly string[] NameMorphology = ["股份", "有限", "集团", "公司", "总公司", "家", "管理", "发展"];

    private const int MinName = 2, MinRegisteredName = 4;

    /// <summary>
    /// A word for a firm (企业, 餐饮企业, 茶企) is no part of the name after it: the tagger starts an organisation on it (企业萌宠集,
    /// 茶|企林氏茗茶) or runs a description into the registered name after it (甘肃餐饮企业陇原味坊餐饮有限公司, 浙江嘉兴封测企业
    /// 华芯微电子股份有限公司: a name, by jieba's tag of its first word, before 公司 or 集团). The organisation starts after the
    /// word; the places that opened the description stay places (E3), the rest of it is no name. A body named by such a word
    /// (国有企业下岗职工再就业报告团, 北京市外企服务公司: no name after the word) stays. MSRA's training text starts no organisation with 企, and none of its organisations holds 企业
    /// before a second name (万科企业股份有限公司, 邢东企业集团 hold it as their own word), nor does any project gold's. Part of
    /// the companies rule, after <see cref="Tag"/>. Stateless.
    /// </summary>
    public static void CutHeads(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf(FirmAlone, StringComparison.Ordinal) < 0) return; // most sentences have none
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || text[start..end].IndexOf(FirmAlone, StringComparison.Ordinal) < 0) continue;
            foreach (var word in words)
            {
                int wordStart = word.Start - baseOffset, wordEnd = word.End - baseOffset;
                if (wordEnd <= start) continue;
                if (wordEnd >= end) break;
                if (!IsFirmWord(word.In(text, baseOffset))) continue;
                var rest = text[wordEnd..end];
                var head = word.In(text, baseOffset);
                bool opening = wordStart < start || wordStart == start && (head.SequenceEqual(Firm) || head.SequenceEqual(FirmAlone));
                if (wordStart <= start ? !opening || rest.Length < MinName
                    : rest.Length < MinRegisteredName || !Prefixes.EndsWithAny(rest, CompanyEndings) || Prefixes.IndexAt(rest.TrimStart("（("), NameMorphology) >= 0
                      || WordsAt.Starting(words, baseOffset, wordEnd)?.Pos is not ("nr" or "nrt" or "nz" or "ns" or "x" or "eng")) break;
                labels.AsSpan(start, wordEnd - start).Fill(BioesLabels.Outside);
                for (int at = start, place; at < wordStart && (place = PlaceNames.Lexicon.LongestOpening(text[at..wordStart], wordStart - at)) > 0; at += place)
                    BioesLabels.Mark(labels, at, at + place, EntityType.LOC);
                BioesLabels.Mark(labels, wordEnd, end, EntityType.ORG);
                break;
            }
        }
    }

    /// <summary>Whether jieba's word is one for a firm: 企业 or a trade's (餐饮企业), 企 alone, or a trade's two characters (茶企).</summary>
    private static bool IsFirmWord(ReadOnlySpan<char> word) =>
        word.EndsWith(Firm) || word.SequenceEqual(FirmAlone) || word.Length == 2 && word[1] == FirmAlone[0];

    /// <summary>Whether the word at <paramref name="at"/> is a noun other than what a company has (ESG 报告, not Shopify 股价).</summary>
    private static bool NounAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int at, int length) =>
        WordsAt.Starting(words, baseOffset, at) is { } word && word.End - baseOffset <= length && word.Pos == "n"
        && !ContextualCompanies.IsCompanyWord(word.In(text, baseOffset)) && !RoleQualifiers.StartsWithRole(text[at..length]);
}
