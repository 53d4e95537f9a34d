using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A name followed by the words that make a company, ending in 公司 or 集团 (斯迈森科技有限公司, 比亚迪汽车集团), is a
/// company (issue 19): the name is what the tagger tagged as a person right before those words (a brand read as a name), or
/// a foreign or brand name by jieba's tags (nrt, nz, eng). The company runs through its last 公司 or 集团. A common noun or
/// a place before them (该公司, 中国科技, 甘肃科技) is left to the tagger, and so is 科技 alone (润百科技): it ends common
/// phrases too. An organisation the tagger ran on into a counted or pointed-at common noun (斯迈森两家公司, 华为等多家企业)
/// stops before it: 两家公司 names no one (E8). Firms named in a list before a count of companies
/// (<see cref="CountedCompanies"/>) and before a company role and its holder (<see cref="RoleOrganisations"/>) are companies too,
/// and so is a coined name before its trade (<see cref="IndustryCompanies"/>), and a known word before its trade where the
/// sentence shows a company (<see cref="ContextualCompanies"/>), a name before its securities code (<see cref="ListedCompanies"/>), an
/// unnamed city's utility (<see cref="CityCompanies"/>), a named farm (<see cref="FarmNames"/>) and a brand of any word after
/// a word for a company (<see cref="DescribedBrands"/>); an organisation run over a verb of setting
/// up goes (<see cref="FoundingVerbs"/>). A rule on the decoded labels and jieba's words, so it holds for every model.
/// Stateless.
/// </summary>
internal static class CompanyNames
{
    private static readonly FrozenSet<string> CompanyWords = new[]
    {
        "科技", "技术", "股份", "控股", "集团", "实业", "传媒", "药业", "电子", "汽车", "网络", "科技股份", "有限", "公司", "有限公司",
        "责任公司", "有限责任公司", "股份有限公司", "集团公司",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsBrandLike(string pos) => pos is "nrt" or "nz" or "eng";

    /// <summary>The words a company's name must end in: 科技 or 电子 alone also end common phrases (中国科技, 邓小平科技思想).</summary>
    private static readonly FrozenSet<string> Endings = new[]
    {
        "集团", "公司", "有限公司", "责任公司", "有限责任公司", "股份有限公司", "集团公司",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Characters that count or point (两家, 多家, 该, 这) before a common noun for companies and other bodies.</summary>
    private const string Counting = "一二两三四五六七八九十百千万几多数各每这那该此";

    /// <summary>Those that do so without a measure word: 城建集团一公司 and 恒万公司 are names (a numbered company, a brand).</summary>
    private const string CountingAlone = "两几多数各每这那该此";

    private static readonly string[] Measures = ["家", "个", "所"];

    private static readonly string[] BodyNouns = ["公司", "企业", "集团", "银行", "机构", "单位", "工厂", "厂商", "车企", "券商", "医院", "学校", "大学"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        TrimCountedNouns(text, labels, length);
        FoundingVerbs.Cut(text, words, baseOffset, labels, length);
        CountedCompanies.Apply(text, words, baseOffset, labels, length);
        RoleOrganisations.Apply(text, words, baseOffset, labels, length);
        IndustryCompanies.Apply(text, words, baseOffset, labels, length);
        IndustryCompanies.ApplyFirmOnly(text, words, baseOffset, labels, length);
        IndustryCompanies.ExtendTagged(text, words, baseOffset, labels, length);
        ContextualCompanies.Tag(text, words, baseOffset, labels, length);
        DescribedBrands.Tag(text, words, baseOffset, labels, length);
        ListedCompanies.Tag(text, words, baseOffset, labels, length);
        CityCompanies.Tag(text, words, baseOffset, labels, length);
        FarmNames.Tag(text, words, baseOffset, labels, length);
        FarmNames.Retype(text, labels, length);
        for (int w = 1; w < words.Length; w++)
        {
            int suffixStart = words[w].Start - baseOffset;
            if (!IsCompanyWord(text, words[w], baseOffset) || labels[suffixStart] != BioesLabels.Outside) continue;
            int nameStart = NameBefore(labels, words[w - 1], baseOffset, suffixStart);
            if (nameStart < 0) continue;
            int end = CompanyWordsEnd(text, words, baseOffset, labels, w, out int last);
            if (end > 0) BioesLabels.Mark(labels, nameStart, end, EntityType.ORG);
            w = last - 1;
        }
    }

    /// <summary>
    /// Where the run of untagged company words from word <paramref name="from"/> (科技 有限公司) ends in its last word that ends a
    /// company (公司, 集团 …), or −1 when none does; <paramref name="last"/> is the word after the run.
    /// </summary>
    internal static int CompanyWordsEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int from, out int last)
    {
        int end = -1;
        var endings = Endings.GetAlternateLookup<ReadOnlySpan<char>>();
        for (last = from; last < words.Length && IsCompanyWord(text, words[last], baseOffset) && labels[words[last].Start - baseOffset] == BioesLabels.Outside; last++)
            if (endings.Contains(words[last].In(text, baseOffset)))
                end = words[last].End - baseOffset;
        return end;
    }

    /// <summary>Cuts an organisation before a counted common noun that ends it (斯迈森两家公司 → 斯迈森); one that is nothing else goes.</summary>
    private static void TrimCountedNouns(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG) continue;
            int cut = CountedNounStart(text[start..end]);
            if (cut < 0) continue;
            labels.AsSpan(start + cut, end - start - cut).Fill(BioesLabels.Outside);
            if (cut > 0) BioesLabels.Mark(labels, start, start + cut, EntityType.ORG);
        }
    }

    /// <summary>Where the counting words and the common noun that end <paramref name="mention"/> start (两家公司 in 斯迈森两家公司), or −1.</summary>
    private static int CountedNounStart(ReadOnlySpan<char> mention)
    {
        foreach (var noun in BodyNouns)
        {
            if (!mention.EndsWith(noun)) continue;
            int at = mention.Length - noun.Length;
            string counting = CountingAlone;
            foreach (var measure in Measures)
                if (mention[..at].EndsWith(measure)) { at -= measure.Length; counting = Counting; break; }
            int counted = at;
            while (counted > 0 && counting.Contains(mention[counted - 1])) counted--;
            // 一汽集团 and 五粮液集团 are names: the counting characters must stand right before the measure word or the noun.
            if (counted == at) return -1;
            return counted > 0 && mention[counted - 1] == '等' ? counted - 1 : counted; // 华为等多家企业: 等 closes the list
        }
        return -1;
    }

    private static bool IsCompanyWord(ReadOnlySpan<char> text, Token word, int baseOffset) =>
        CompanyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.In(text, baseOffset));

    /// <summary>Where the name that ends right before <paramref name="at"/> starts, or −1: a person or place span ending there, or a brand-like word.</summary>
    private static int NameBefore(int[] labels, Token previous, int baseOffset, int at)
    {
        int last = labels[at - 1];
        if (last != BioesLabels.Outside)
            return BioesLabels.TypeOf(last) == EntityType.PER ? BioesLabels.StartOfSpanEndingAt(labels, at) : -1;
        int wordStart = previous.Start - baseOffset;
        if (!IsBrandLike(previous.Pos) || previous.End - baseOffset != at || previous.End - previous.Start < 2) return -1;
        return BioesLabels.AllOutside(labels, wordStart, at) ? wordStart : -1; // else part of another span
    }
}
