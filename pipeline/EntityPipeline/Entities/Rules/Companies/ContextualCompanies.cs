using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A name jieba knows as a common word or a name before a trade is a company where the sentence shows one: a word for a
/// company right before it (初创企业 云深处科技, 主办方 杰威尔音乐) or what a company does right after it, past one word of
/// time (灵犀动力 成立, 禾鲸科技 日前 完成, 恒瑞医药 研发负责人). <see cref="IndustryCompanies"/> needs a coined word, which
/// common words are not (小米/n 汽车, 阶梯/n 医疗, 灵犀/nr 动力), and those before a trade are as often a product, a
/// field or a place's trade (小米汽车 is a car too, 中国科技 a country's): the context tells the firm. The name is the
/// nouns and names of two or three Han characters right before the trade word (云/ns 深处/s, 禾/n 鲸/ng), with no place of
/// two characters or more (jieba's ns or the gazetteer's) nor a trade among them, or jieba's one word of name and trade
/// (恒瑞医药/nz). Spans the tagger found inside give way, one reaching outside stays. Part of the companies rule. Stateless.
/// </summary>
internal static class ContextualCompanies
{
    /// <summary>Words for a company, or its part in a project, right before its name.</summary>
    internal static readonly FrozenSet<string> Descriptors = new[]
    {
        "企业", "公司", "车企", "房企", "药企", "上市公司", "初创公司", "券商", "厂商", "主办方", "出品方", "承办方", "片方",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a company does or has, right after its name: announcements, results, founding, its officers.</summary>
    private static readonly FrozenSet<string> CompanyWords = new[]
    {
        "宣布", "发布", "公告", "披露", "交付", "营收", "股价", "市值", "表示", "称", "介绍", "透露", "回应", "成立", "完成", "推出",
        "研发", "计划", "旗下", "上市", "融资", "合作", "创始人", "董事长", "总裁", "副总裁", "首席执行官", "总经理",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MinName = 2, MaxName = 3;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int w = 0; w < words.Length; w++)
        {
            int at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length) break;
            int first = IndustryCompanies.TradeOfBrand(text[at..end]) ? NameStart(text, words, baseOffset, w)
                : OneWordCompany(text[at..end], words[w].Pos) ? w : -1;
            if (first < 0) continue;
            int companyEnd = CompanyNames.CompanyWordsEnd(text, words, baseOffset, labels, w + 1, out int next);
            if (!DescribedBefore(text, words, baseOffset, first) && !CompanyWordAfter(text, words, baseOffset, next, length)) continue;
            BioesLabels.MarkUnlessCrossed(labels, length, words[first].Start - baseOffset, companyEnd > 0 ? companyEnd : end, EntityType.ORG);
        }
    }

    /// <summary>The first word of the name before trade word <paramref name="trade"/>: the longest run of nouns and names of at most <see cref="MaxName"/> characters; −1 when it is shorter than <see cref="MinName"/>.</summary>
    private static int NameStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int trade)
    {
        int first = -1, end = words[trade].Start - baseOffset;
        for (int k = trade - 1; k >= 0; k--)
        {
            int start = words[k].Start - baseOffset;
            var word = text[start..(words[k].End - baseOffset)];
            if (end - start > MaxName || !IsNameWord(words[k].Pos) || !HanCharacters.AllHan(word) || word.Length >= 2 && (words[k].Pos == "ns" || PlaceNames.Lexicon.TypesOf(word) != 0)
                || IndustryCompanies.IsTrade(word)) break; // 中国 科技 集团: a place and trades
            if (first >= 0 && end - (words[first].Start - baseOffset) >= MinName && word.Length == 1 && words[k].Pos == "n") break; // 发行方 中影: a word of its own
            first = k;
        }
        if (first < 0 || end - (words[first].Start - baseOffset) < MinName) return -1;
        // The city it is named with (上海阶梯医疗), right before it.
        return first > 0 && words[first - 1].Pos == "ns" && words[first - 1].End - words[first - 1].Start >= 2 ? first - 1 : first;
    }

    private static bool IsNameWord(string pos) => pos is "n" or "nr" or "nrt" or "nz" or "ng" or "g" or "x" or "s" or "ns";

    /// <summary>jieba's one word of a name and its trade (恒瑞医药/nz, 三星电子/nz).</summary>
    private static bool OneWordCompany(ReadOnlySpan<char> word, string pos)
    {
        if (pos != "nz") return false;
        for (int split = MinName; split <= MaxName && word.Length - split >= 2; split++)
            if (IndustryCompanies.TradeOfBrand(word[split..])) return true;
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is what a company does or has (宣布, 股价, 董事长).</summary>
    internal static bool IsCompanyWord(ReadOnlySpan<char> word) => CompanyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool DescribedBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int first) =>
        first > 0 && Descriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words[first - 1].In(text, baseOffset));

    /// <summary>Whether word <paramref name="next"/>, or the one after a word of time (日前, 昨日), is what a company does.</summary>
    private static bool CompanyWordAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int next, int length)
    {
        var companyWords = CompanyWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = next; k < words.Length && k <= next + 1; k++)
        {
            int end = words[k].End - baseOffset;
            if (end > length) return false;
            if (companyWords.Contains(text[(words[k].Start - baseOffset)..end])) return true;
            if (words[k].Pos != "t") return false;
        }
        return false;
    }
}
