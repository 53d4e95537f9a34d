using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A city or province, by its short form too, before a facility or named place that has a name of its own only locates it, and
/// is a place of its own (E3, E7: 深圳 宝安机场, 上海 临港, 临安 大明山, 宁波 北仑港区, 北京 国家会议中心), as
/// <see cref="LocatedPlaces"/> splits a division's full name before a road or named place. The golds split every such place
/// whose first jieba word after the city is a name (宝安/nr, 临港/ns, 王城/x) or the state's (国家); a place named by common
/// words keeps its city (长沙市烈士公园, 上海国际赛车场, 天津人民体育馆), as does one that opens with another city (宁波舟山港),
/// an airport (济南遥墙国际机场: its official name holds the city), and a port's chain down to its terminal (上海外高桥港区海通码头,
/// E7). A city ended inside jieba's word is left (上海浦东国际机场/nt). Part of the division-chains rule, after
/// <see cref="LocatedPlaces"/>. Stateless.
/// </summary>
internal static class LocatedFacilities
{
    /// <summary>
    /// Facilities whose name holds their city (an airport), that sit inside a port area named with it (码头, 泊位), or zones and
    /// scenic areas named from it (赣州高新区, E8; 天津市塘沽海洋高科技开发区, as People's Daily tags it; 张掖七彩丹霞景区).
    /// </summary>
    private static readonly string[] Kept = ["机场", "码头", "泊位", "高新区", "高新技术", "开发区", "景区"];

    /// <summary>How a named natural place or quarter after a city ends, besides the facilities' endings (临安 大明山, 无锡 贡湖湾).</summary>
    private static readonly string[] Natural = ["山", "湖", "湾", "岛", "巷子", "步行街", "广场", "古镇", "古城"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end - start < 5) continue;
            var place = text[start..end];
            int city = DivisionChains.OuterDivisionAt(place), at = start + city;
            if (city == 0 || end - at < 3 || !Named(text[at..end]) || Contains(place, Kept) || IsStation(text[at..end]) && IsCity(place[..city]) || end - at == 3 && text[end - 1] is '区' or '县' or '市'
                || PlaceNames.Lexicon.TypesOf(text[at..end]) != 0 /* a division of its own: the chains' */) continue;
            if (WordsAt.Starting(words, baseOffset, at) is not { } first || !OwnName(place[..city], text[at..end], text[at..(at + first.Length)], first.Pos)) continue;
            BioesLabels.Mark(labels, start, at, EntityType.LOC);
            BioesLabels.Mark(labels, at, end, EntityType.LOC);
        }
    }

    /// <summary>Whether one of <paramref name="words"/> stands anywhere in <paramref name="place"/>.</summary>
    internal static bool Contains(ReadOnlySpan<char> place, string[] words)
    {
        foreach (var word in words)
            if (place.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Whether what follows the city is a station, whose name holds its city (上海 虹桥站, 北京 丰台站, 杭州 青禾站, 合肥 北城站, 西安
    /// 北站与2号线), as the design golds keep 9 of 11 named stations whole; not a power or petrol station, a post or a tour's first
    /// stop (重庆 渝北换流站, 某县县城加油站, 某市流浪狗驿站, 某地首站), which only the city locates.
    /// </summary>
    private static bool IsStation(ReadOnlySpan<char> rest) =>
        "东西南北".Contains(rest[0]) && rest[1] == '站' || rest[^1] == '站' && !Prefixes.EndsWithAny(rest, NotStations);

    /// <summary>
    /// Whether <paramref name="name"/> is a city (of China, Hong Kong or Macao, or listed abroad), whose name its stations and parks
    /// carry, not a division that only locates (海淀区 青禾路公交站; a prefecture's 甘孜州, not 杭州).
    /// </summary>
    internal static bool IsCity(ReadOnlySpan<char> name) =>
        name is "香港" or "澳门"
        || name[^1] is not ('区' or '县' or '镇' or '乡' or '省') && !(name[^1] == '州' && name.Length > 2)
           && (DivisionChains.OuterDivisionAt(name) == name.Length || ListedPlaces.IsListed(name));

    private static readonly string[] NotStations = ["电站", "换流站", "加油站", "驿站", "首站", "工作站", "服务站"];

    /// <summary>Whether what follows the city ends as a facility, zone or named place does.</summary>
    internal static bool Named(ReadOnlySpan<char> rest) => EntitySuffixes.EndsPlaceName(rest) || Prefixes.EndsWithAny(rest, Natural);

    /// <summary>
    /// Whether the place after the city has a name of its own: its first jieba word is a name (宝安/nr, 临港/ns, 王城/x; alone, a
    /// place's or person's name: 东渡港/ns, not 换流站/nz), or a common word that is no city's own kind of facility (绿地 国际博览中心,
    /// 团结村 站, 火把 广场, 宽窄 巷子), where a province before common words names what follows (海南 热带雨林国家公园, as
    /// <see cref="FacilityNames"/> joins it); not another city (宁波 舟山港), an ordinal (广州市 第四资源热力电厂) or a zone of an industry
    /// (常州 低空经济产业园).
    /// </summary>
    private static bool OwnName(ReadOnlySpan<char> city, ReadOnlySpan<char> rest, ReadOnlySpan<char> first, string pos)
    {
        if (first.Length < 2 || rest[0] == '第' || PlaceNames.Lexicon.LongestOpening(rest, rest.Length - 1, PlaceNames.Province | PlaceNames.City) > 0) return false;
        if (first.Length == rest.Length) return pos is "ns" or "nr" or "nrt";
        if (pos is "ns" or "nr" or "nrt" or "nz" or "x" || rest.StartsWith("国家")) return true;
        return Prefixes.IndexAt(first, Generic) < 0 && !OnlyProvince(city)
            && !rest.Contains("经济", StringComparison.Ordinal) && !rest.Contains("产业", StringComparison.Ordinal);
    }

    /// <summary>
    /// How the first word of a facility or zone named from its city by common words opens (上海 国际赛车场, 重庆 国际博览中心, 天津 人民体育馆,
    /// 杭州 奥体中心体育馆, 上海 自由贸易试验区临港新片区, E8).
    /// </summary>
    internal static readonly string[] Generic =
    [
        "国际", "人民", "市民", "奥林匹克", "奥体", "体育", "赛车场", "地铁", "轨道", "城际", "市域", "环城", "公交", "城市", "火车", "汽车", "长途", "中央", "滨河", "滨江", "滨海",
        "烈士", "文化", "会展", "科技", "世界", "中心", "商业", "国家级", "热带雨林", "自由贸易", "自贸", "综合保税", "保税", "经济技术",
    ];

    /// <summary>A province other than the four municipalities (湖南省, 海南).</summary>
    private static bool OnlyProvince(ReadOnlySpan<char> place) =>
        (PlaceNames.Lexicon.TypesOf(place) & PlaceNames.Province) != 0 && (PlaceNames.Lexicon.TypesOf(place) & PlaceNames.City) == 0
        && place is not ("北京" or "天津" or "上海" or "重庆" or "北京市" or "天津市" or "上海市" or "重庆市");
}
