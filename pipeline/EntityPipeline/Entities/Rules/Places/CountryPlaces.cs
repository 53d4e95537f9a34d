using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A country before a place or university with a name of its own only locates it, and is a place of its own (新西兰 皇后镇,
/// 挪威 斯瓦尔巴群岛, 英国 诺丁汉大学, 美国 杜克大学), as <see cref="LocatedPlaces"/> splits a division of China before one. MSRA's
/// training text splits 241 countries before a place and keeps 100 whole, most of them formal names or common words after the
/// country (朝鲜半岛, 俄罗斯联邦, 南非国家博物馆); every project gold splits both kinds, where MSRA keeps most universities whole
/// (美国斯坦福大学; about 25 of 32) and Resume NER all. A place or university counts as named when its first jieba word is a
/// name (利特尔/nr, 诺丁汉大学/nz, 钱凯港/x) or, for a place, when it ends as a town or port does (皇后镇); a university jieba
/// keeps in one word with its country (美国杜克大学/nt) counts too. A common word of the state's kind after the country keeps
/// it inside (南非国家博物馆, 日本国立大学), and bodies of the state and companies stay whole (美国国务院, E4; People's Daily's
/// 美国思科公司); a group or institute named by a name of its own splits (韩国 三星电子, 法国 达飞海运集团, <see cref="Firms"/>). Countries from Entities/Data/country-names.tsv (written by the project; China left out: 中国空间站). Part of the
/// division-chains rule, after <see cref="LocatedPlaces"/>. Stateless, the list loaded once.
/// </summary>
internal static class CountryPlaces
{
    public const string DefaultFile = "Entities/Data/country-names.tsv";

    private static readonly Lazy<EntityLexicon> Loaded =
        new(() => EntityLexicon.LoadShipped(DefaultFile, "list of countries"));

    private static readonly string[] Universities = ["大学", "学院"];

    /// <summary>
    /// How a group or institute abroad ends (法国 达飞海运集团, 韩国 三星电子, 德国 马克斯·普朗克天文研究所), which the golds split from
    /// its country (E4). Not 公司: People's Daily keeps the country with it (瑞典沃尔沃公司, 美国康柏电脑公司: its dev text −2).
    /// </summary>
    private static readonly string[] Firms = ["集团", "电子", "研究所"];

    /// <summary>How a town or port abroad ends, whatever jieba makes of its first characters (皇后/n 镇).</summary>
    private static readonly string[] Towns = ["镇", "港", "群岛"];

    /// <summary>Common words that open a name of the state's kind, which keeps its country (南非国家博物馆, 日本国立大学, 日本陆军大学, 某国理工学院).</summary>
    private static readonly string[] CommonOpenings = ["国立", "国家", "皇家", "联邦", "中央", "陆军", "海军", "空军", "国防", "理工"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type is not (EntityType.LOC or EntityType.ORG) || type == EntityType.ORG && !Prefixes.EndsWithAny(text[start..end], Universities)
                && !Prefixes.EndsWithAny(text[start..end], Firms)) continue;
            int country = CountryAt(text[start..end]), at = start + country;
            if (country == 0 || end - at < 2 || !IsNamed(text[at..end], type, PosAt(words, baseOffset, at, end))) continue;
            BioesLabels.Mark(labels, start, at, EntityType.LOC);
            BioesLabels.Mark(labels, at, end, type);
        }
    }

    /// <summary>Whether what follows the country is named by more than it (see the class), by the part of speech of <see cref="PosAt"/>.</summary>
    private static bool IsNamed(ReadOnlySpan<char> rest, EntityType type, string? pos)
    {
        if (pos is null || Prefixes.IndexAt(rest, CommonOpenings) >= 0) return false;
        if (type == EntityType.LOC && FacilityNames.IsCommonVenue(rest)) return false; // 新加坡博览中心: the country names its venue
        if (pos is OneWord) return type == EntityType.ORG;
        if (pos is "ns" or "nr" or "nrt" or "nz" or "nt" or "x" or "eng") return char.IsLetter(rest[0]);
        return type == EntityType.LOC && rest.Length >= 3 && Prefixes.EndsWithAny(rest, Towns);
    }

    private const string OneWord = "=";

    /// <summary>Whether <paramref name="name"/> is a country, China too.</summary>
    public static bool IsCountry(ReadOnlySpan<char> name) => name is "中国" || Loaded.Value.TypesOf(name) != 0;

    /// <summary>The length of the longest country that opens <paramref name="name"/>, or 0.</summary>
    internal static int CountryAt(ReadOnlySpan<char> name) => Loaded.Value.LongestOpening(name, name.Length - 1);

    /// <summary>The length of the longest country that opens <paramref name="text"/>, the whole of it too, or 0.</summary>
    internal static int CountryOpening(ReadOnlySpan<char> text) => Loaded.Value.LongestOpening(text, text.Length);

    /// <summary>
    /// The part of speech of jieba's word that starts at <paramref name="at"/>; <see cref="OneWord"/> when one word runs from
    /// before it to <paramref name="end"/> (美国杜克大学/nt); null when a word crosses it otherwise (巴西利亚: no country there).
    /// </summary>
    private static string? PosAt(ReadOnlySpan<Token> words, int baseOffset, int at, int end)
    {
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, stop = word.End - baseOffset;
            if (start == at) return word.Pos;
            if (start < at && stop > at) return stop == end ? OneWord : null;
        }
        return null;
    }
}
