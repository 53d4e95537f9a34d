using System.Collections.Frozen;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Words that typically end an organisation or a place name. A feature, not a rule: the model learns
/// how much to trust "this word ends in 公司" or "the next word is 大学".
/// </summary>
internal static class EntitySuffixes
{
    public const int None = 0, Org = 1, Loc = 2;

    private static readonly FrozenSet<string> OrgSuffixes = new[]
    {
        "公司", "集团", "大学", "学院", "学校", "中学", "小学", "委员会", "委", "部", "局", "厅", "处", "署", "院", "会",
        "协会", "学会", "银行", "医院", "研究所", "研究院", "中心", "办公室", "办", "政府", "党", "党委", "军", "队",
        "社", "报", "台", "电视台", "电台", "所", "站", "厂", "店", "馆", "组织", "联合会", "基金会", "法院", "检察院",
        "公安局", "总局", "总署", "俱乐部", "联盟", "联合国", "议会", "内阁", "政协", "人大", "常委会", "工会", "团",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LocSuffixes = new[]
    {
        "省", "市", "县", "区", "镇", "乡", "村", "州", "盟", "旗", "岛", "山", "河", "江", "湖", "海", "洋", "街",
        "路", "港", "湾", "峡", "岭", "峰", "半岛", "自治区", "自治州", "特区", "地区", "流域", "平原", "盆地",
        "高原", "沙漠", "国", "洲", "城", "庄", "屯", "寺", "桥",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that end the name of a facility or a designated zone, which MSRA and the seed guidelines tag LOC as a whole
    /// (京九铁路, 地铁复兴门站, 香山公园, 中国印刷博物馆; 上海地铁11号线, 宁波舟山港, 临港新片区). Read only by models with
    /// <see cref="TaggerFeatureOptions.LongNames"/>.
    /// </summary>
    private static readonly FrozenSet<string> FacilitySuffixes = new[]
    {
        "站", "车站", "线", "号线", "铁路", "高铁", "公路", "高速", "大桥", "隧道", "机场", "港", "港区", "码头", "泊位",
        "公园", "广场", "大厦", "商场", "商城", "市场", "博物馆", "图书馆", "纪念馆", "展览馆", "体育馆", "体育场", "剧院",
        "景区", "园区", "开发区", "高新区", "示范区", "试验区", "自贸区", "片区", "新区", "合作区", "经济带", "工业园",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How a venue's name ends: named from its city when nothing but common words say which it is (天津人民体育馆).</summary>
    public static readonly string[] Venues = ["体育馆", "体育场", "体育中心", "奥体中心", "赛车场", "大戏院", "大剧院", "巨蛋", "展览中心", "博览中心", "会展中心", "会议中心"];

    /// <summary>
    /// The words after which <see cref="FacilityNames"/> makes a place and what follows it one place: a rule, not a feature, so
    /// narrower than <see cref="FacilitySuffixes"/> (公路, 市场, 广场, 大厦 and 线 end common nouns as often as names).
    /// </summary>
    private static readonly string[] PlaceNameEndings =
    [
        "示范区", "试验区", "实验区", "保税区", "经济带", "经济圈", "自贸区", "新片区", "片区", "合作区", "开发区", "高新区", "新区",
        "港区", "园区", "工业园", "产业园", "码头", "泊位", "机场", "车站", "号线", "铁路", "高铁", "公园", "大桥", "站", "港", "景区", "特区", .. Venues,
        // Natural features and sluices a name before them makes one place (撒哈拉沙漠, 毛乌素沙地, 王家坝闸, as People's Daily and the
        // golds tag them; MSRA tags some names alone). Not 遗址: People's Daily tags 周口店, 宁家坡 without it.
        "沙漠", "沙地", "海沟", "峡湾", "湿地", "瀑布", "闸",
        "发射场", // a launch site named from its place (海南商业航天发射场, 文昌航天发射场)
        "口岸", "隧道",
        // Resorts and science towns and parks named from their place (某某滑雪度假区, 某某科技城, 某某科学园): the design golds end 23 places
        // so; MSRA's training text has 20 of these words, three after a place it tags alone.
        "度假区", "科技城", "科学城", "科学园", "科技园", "医学城", "博览城",
        // Fishing grounds and dykes named from their place (荆江大堤; E7). Not 水库: People's Daily tags 小浪底 before it.
        "渔场", "渔港", "大堤",
        // Plants, waterworks and reserves (小浪底水利枢纽, 黄河三角洲国家级自然保护区; E7, E8).
        .. PlantsAndReserves.Endings,
    ];


    /// <summary>Whether a word ends a zone or facility named after a place (<see cref="PlaceNameEndings"/>), in an ending of <paramref name="minLength"/> characters at least.</summary>
    public static bool EndsPlaceName(ReadOnlySpan<char> word, int minLength = 1)
    {
        foreach (var ending in PlaceNameEndings)
            if (ending.Length >= minLength && word.EndsWith(ending)) return true;
        return false;
    }

    private static readonly int MaxLength = OrgSuffixes.Concat(LocSuffixes).Max(s => s.Length);
    private static readonly int MaxFacilityLength = FacilitySuffixes.Max(s => s.Length);

    /// <summary>0 none; 1 the word ends in a facility or zone suffix; 2 it is one.</summary>
    public static int ClassifyFacility(ReadOnlySpan<char> word)
    {
        var lookup = FacilitySuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(MaxFacilityLength, word.Length); len >= 1; len--)
            if (lookup.Contains(word[^len..])) return len == word.Length ? 2 : 1;
        return None;
    }

    /// <summary>
    /// Classifies a word: 0 none; 1/2 it ends in an organisation/place suffix; 3/4 it is such a suffix itself.
    /// The longest matching suffix decides.
    /// </summary>
    public static int Classify(ReadOnlySpan<char> word)
    {
        var orgLookup = OrgSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var locLookup = LocSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(MaxLength, word.Length); len >= 1; len--)
        {
            var tail = word[^len..];
            int kind = orgLookup.Contains(tail) ? Org : locLookup.Contains(tail) ? Loc : None;
            if (kind != None) return len == word.Length ? kind + 2 : kind;
        }
        return None;
    }
}
