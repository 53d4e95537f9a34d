using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A product, service or channel named after its company (新浪微博, 腾讯视频, 百度地图, 华为手机) is no entity, but the company
/// in it is (guidelines: entities inside products are annotated). A name the dictionary of names types an organisation and
/// nothing else (<see cref="DictionaryNames"/>), starting a word and right before a product word, is an organisation; a span
/// the tagger ran on into the product (新浪微博 as one organisation) stops before it, unless it ends in a word that ends
/// organisations (新浪娱乐台). A channel in a dateline (新浪体育讯) is the desk that reports, one organisation as the web
/// gold tags it. The tagger learnt neither from 1998's text, where no company named its products. A rule on the
/// decoded labels and jieba's words, so it holds for every model. Stateless.
/// </summary>
internal static class ProductNames
{
    /// <summary>Words for what a company sells or runs under its own name: devices, internet services, a portal's channels.</summary>
    private static readonly FrozenSet<string> ProductWords = new[]
    {
        "微博", "博客", "视频", "新闻", "客户端", "音乐", "地图", "手机", "平板", "电脑", "笔记本", "网盘", "云盘", "邮箱", "浏览器",
        "输入法", "游戏", "娱乐", "体育", "财经", "读书", "贴吧", "百科", "外卖", "支付", "钱包", "直播", "官网", "官微",
        "网站", "软件", "应用",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxProductLength = 3;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var products = ProductWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int at = 2; at < length; at++)
            for (int n = Math.Min(MaxProductLength, length - at); n >= 2; n--)
            {
                if (!products.Contains(text.Slice(at, n))) continue;
                int start = CompanyBefore(text, words, baseOffset, at);
                // A channel before 讯 is the dateline of the portal's desk that reports (新浪体育讯, 腾讯娱乐讯): one organisation.
                if (start >= 0 && at + n < length && text[at + n] == '讯') MarkCompany(text, labels, length, start, at + n, cutAlways: true);
                else if (start >= 0) MarkCompany(text, labels, length, start, at);
                break;
            }
    }

    /// <summary>Where the dictionary's organisation that ends at <paramref name="at"/> and starts a word starts (longest), or −1.</summary>
    private static int CompanyBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int at)
    {
        var names = DictionaryNames.Lexicon;
        byte organisation = EntityLexicon.Mask(EntityType.ORG);
        for (int start = Math.Max(0, at - EntityLexicon.MaxLength); start <= at - 2; start++)
            if (StartsWord(words, baseOffset + start, baseOffset + at) && names.TypesOf(CharFold.Fold(text[start..at])) == organisation) return start;
        return -1;
    }

    /// <summary>
    /// Whether a word starts at <paramref name="offset"/>, and is not jieba's place or position word ending at <paramref name="end"/>
    /// (校内/s before 体育: the dictionary's 校内, a site's old name, is there the school's inside).
    /// </summary>
    private static bool StartsWord(ReadOnlySpan<Token> words, int offset, int end)
    {
        foreach (var word in words)
            if (word.Start == offset) return !(word.End == end && word.Pos is "s" or "f");
        return false;
    }

    /// <summary>
    /// Tags [start, at) an organisation, cutting a span that runs on past it unless it ends as organisations do or is a name the
    /// project lists (央视新闻, a news outlet: <see cref="KnownCompanies.IsOwnListed"/>), or always, with <paramref name="cutAlways"/>
    /// (新浪娱乐讯); leaves spans that start before it.
    /// </summary>
    private static void MarkCompany(ReadOnlySpan<char> text, int[] labels, int length, int start, int at, bool cutAlways = false)
    {
        if (!BioesLabels.CanStart(labels[start])) return;
        int end = at;
        while (end < length && !BioesLabels.CanStart(labels[end])) end++;
        if (end > at && !cutAlways && (EndsOrganisation(text[start..end]) || KnownCompanies.IsOwnListed(text[start..end]))) return;
        labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
        BioesLabels.Mark(labels, start, at, EntityType.ORG);
    }

    private static bool EndsOrganisation(ReadOnlySpan<char> span) =>
        EntitySuffixes.Classify(span) is EntitySuffixes.Org or EntitySuffixes.Org + 2;
}
