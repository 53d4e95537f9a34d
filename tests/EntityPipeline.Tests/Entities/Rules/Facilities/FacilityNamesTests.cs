using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class FacilityNamesTests
{
    /// <summary>Labels for <paramref name="words"/> (text, POS) with the given words tagged LOC, after the rule.</summary>
    private static List<(int, int, EntityType)> Apply((string Text, string Pos, bool Place)[] words)
    {
        var text = string.Concat(words.Select(w => w.Text));
        var tokens = new List<Token>();
        var spans = new List<(int, int, EntityType)>();
        int at = 100; // document offsets: the sentence starts at 100
        foreach (var (word, pos, place) in words)
        {
            tokens.Add(new Token(at, at + word.Length, pos));
            if (place) spans.Add((at - 100, at - 100 + word.Length, EntityType.LOC));
            at += word.Length;
        }
        var labels = new int[text.Length];
        BioesLabels.Encode(spans, labels);
        FacilityNames.Extend(text, [.. tokens], 100, labels, labels.Length);
        return [.. BioesLabels.Spans(labels)];
    }

    [Fact]
    public void A_facility_named_after_a_place_is_one_place()
    {
        // 上海赛车场站，: the place, a noun, the station word.
        Assert.Equal([(0, 6, EntityType.LOC)], Apply([("上海", "ns", true), ("赛车场", "n", false), ("站", "n", false), ("，", "x", false)]));
        // 上海地铁11号线昆山花桥站: a line and a station with a place inside, one place.
        Assert.Equal([(0, 13, EntityType.LOC)], Apply([("上海", "ns", true), ("地铁", "n", false), ("11", "m", false), ("号线", "n", false),
            ("昆山", "ns", true), ("花桥", "ns", false), ("站", "n", false)]));
        // 黄龙溪景区: a scenic area is a zone named after its place (E8).
        Assert.Equal([(0, 5, EntityType.LOC)], Apply([("黄龙溪", "ns", true), ("景区", "n", false)]));
        // 长三角（湖州）产业合作区: the parenthesised city stays inside.
        Assert.Equal([(0, 12, EntityType.LOC)], Apply([("长三角", "ns", true), ("（", "x", false), ("湖州", "ns", true), ("）", "x", false),
            ("产业", "n", false), ("合作区", "n", false)]));
    }

    [Fact]
    public void A_zone_name_holds_verbal_nouns_idioms_and_one_character_adjectives()
    {
        // 平潭综合实验区: jieba's 综合 is a verbal noun, part of the zone's name.
        Assert.Equal([(0, 7, EntityType.LOC)], Apply([("平潭", "ns", true), ("综合", "vn", false), ("实验区", "n", false)]));
        // 南沙自由贸易试验区前海新片区: an idiom (自由贸易/l) and an adjective of one character (新/a) inside.
        Assert.Equal([(0, 14, EntityType.LOC)], Apply([("南沙", "ns", true), ("自由贸易", "l", false), ("试验区", "n", false),
            ("前海", "ns", false), ("新", "a", false), ("片区", "n", false)]));
        // 浙江建设示范区: building a zone is no name of one; the place stays alone.
        Assert.Equal([(0, 2, EntityType.LOC)], Apply([("浙江", "ns", true), ("建设", "vn", false), ("示范区", "n", false)]));
    }

    [Fact]
    public void A_place_that_opens_with_a_division_is_split_off_and_extends_itself()
    {
        // 天津滨海新区: the zone is a district of its own, so the city before it stays apart (E3).
        Assert.Equal([(0, 2, EntityType.LOC), (2, 6, EntityType.LOC)], Apply([("天津", "ns", true), ("滨海新区", "ns", true)]));
        // 湖南省长沙市烈士公园: the park runs from the city that names it.
        Assert.Equal([(0, 3, EntityType.LOC), (3, 10, EntityType.LOC)],
            Apply([("湖南省", "ns", true), ("长沙市", "ns", true), ("烈士", "n", false), ("公园", "n", false)]));
    }

    [Fact]
    public void A_province_and_a_township_keep_apart_from_the_place_after_them()
    {
        // 广东珠海金湾机场: the province only locates the airport the tagger found (E7: 湖南省 长沙市烈士公园).
        Assert.Equal([(0, 2, EntityType.LOC), (2, 8, EntityType.LOC)], Apply([("广东", "ns", true), ("珠海金湾机场", "ns", true)]));
        // 北京大兴国际机场: a municipality is also a city, and names its airport.
        Assert.Equal([(0, 8, EntityType.LOC)], Apply([("北京", "ns", true), ("大兴国际机场", "ns", true)]));
        // 佛山西樵镇: a township is a division of its own (E3); untagged words after a province still join it (海南自由港, E8).
        Assert.Equal([(0, 2, EntityType.LOC), (2, 5, EntityType.LOC)], Apply([("佛山", "ns", true), ("西樵镇", "ns", true)]));
        Assert.Equal([(0, 5, EntityType.LOC)], Apply([("海南", "ns", true), ("自由港", "n", false)]));
    }

    [Fact]
    public void A_venue_named_by_common_words_joins_its_city_and_one_with_a_name_of_its_own_does_not()
    {
        Assert.Equal([(0, 7, EntityType.LOC)], Apply([("天津", "ns", true), ("人民", "n", false), ("体育馆", "n", false)]));
        // The tagger's own venue after the city: 人民体育馆 joins, 黄龙体育中心 (jieba: 黄龙/nr) and 国家体育馆 do not.
        static string[] Venue(string text, string city, string venue) =>
            LabelRuleHarness.Apply(FacilityNames.Extend, text, (city, EntityType.LOC), (venue, EntityType.LOC));
        Assert.Equal(["天津人民体育馆 LOC"], Venue("决赛在天津人民体育馆落幕。", "天津", "人民体育馆"));
        Assert.Equal(["杭州 LOC", "黄龙体育中心 LOC"], Venue("比赛在杭州黄龙体育中心举行。", "杭州", "黄龙体育中心"));
        Assert.Equal(["北京 LOC", "国家体育馆 LOC"], Venue("比赛在北京国家体育馆举行。", "北京", "国家体育馆"));
        // A city's 奥体中心 and its exhibition or convention centre are named from it; the state's 国家会议中心 is not.
        Assert.Equal(["合肥奥体中心 LOC"], Venue("赛事在合肥奥体中心开幕。", "合肥", "奥体中心"));
        Assert.Equal(["北京 LOC", "国家会议中心 LOC"], Venue("论坛在北京国家会议中心举行。", "北京", "国家会议中心"));
    }

    [Fact]
    public void A_venue_s_ending_jieba_cuts_across_its_words_joins_the_venue_to_its_city()
    {
        // jieba: 新/a 国际博览/n 中心/n, no word of which ends a venue by itself; 博览中心 does.
        Assert.Equal([(0, 9, EntityType.LOC)], Apply([("上海", "ns", true), ("新", "a", true), ("国际博览", "n", true), ("中心", "n", true)]));
        static string[] Venue(string text, string city, string venue) =>
            LabelRuleHarness.Apply(FacilityNames.Extend, text, (city, EntityType.LOC), (venue, EntityType.LOC));
        Assert.Equal(["上海新国际博览中心 LOC"], Venue("展会在上海新国际博览中心开幕。", "上海", "新国际博览中心"));
        // Abroad too, where a facility the tagger found whole otherwise keeps apart from the place that only locates it.
        Assert.Equal(["开普敦国际会议中心 LOC"], Venue("大会在开普敦国际会议中心开幕。", "开普敦", "国际会议中心"));
        Assert.Equal(["新加坡博览中心 LOC"], Venue("新加坡博览中心的扩建已经完成。", "新加坡", "博览中心")); // jieba: 博览/nr
        Assert.Equal(["黑海沿岸 LOC", "新罗西斯克港 LOC"], Venue("货轮停靠黑海沿岸新罗西斯克港。", "黑海沿岸", "新罗西斯克港"));
        // Untagged words that only end in such an ending are not taken in (上海 国际 博览 中心 untagged stays 上海).
        Assert.Equal([(0, 2, EntityType.LOC)], Apply([("上海", "ns", true), ("国际博览", "n", false), ("中心", "n", false)]));
    }

    [Fact]
    public void A_place_ended_inside_the_word_of_its_zone_runs_to_the_word_s_end()
    {
        static string[] Run(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(FacilityNames.RunToWordEnd, text, tagged);
        Assert.Equal(["厦门经济特区 LOC"], Run("为厦门经济特区建设献礼。", ("厦门", EntityType.LOC))); // jieba: 厦门经济特区
        Assert.Equal(["厦门 LOC"], Run("厦门经济发展很快。", ("厦门", EntityType.LOC)));
        // Two places the tagger cut inside jieba's word for the facility (上海浦东国际机场/nt) are one.
        Assert.Equal(["上海浦东国际机场 LOC"], Run("由上海浦东国际机场飞往大阪。", ("上海", EntityType.LOC), ("浦东国际机场", EntityType.LOC)));
        // A reservoir jieba knows by name (密云水库/ns), but not 水库 after a name of its own (黄河 小浪底/n 水库/n)
        Assert.Equal(["密云水库 LOC"], Run("密云水库水位上升。", ("密云", EntityType.LOC)));
        Assert.Equal(["小浪底 LOC"], Run("小浪底水库建设。", ("小浪底", EntityType.LOC)));
        // A sea jieba knows by name (阿拉伯海/ns), not a navy (菲律宾/ns 海军/n)
        Assert.Equal(["阿拉伯海 LOC"], Run("阿拉伯海的航线。", ("阿拉伯", EntityType.LOC)));
        Assert.Equal(["菲律宾 LOC"], Run("菲律宾海军出动。", ("菲律宾", EntityType.LOC)));
    }

    [Fact]
    public void A_count_opens_a_phrase_of_its_own()
    {
        // 佛山一处工业园: 一处 counts the park; 3号码头 names one.
        Assert.Equal([(0, 2, EntityType.LOC)], Apply([("佛山", "ns", true), ("一处", "m", false), ("工业园", "n", false)]));
        Assert.Equal([(0, 6, EntityType.LOC)], Apply([("佛山", "ns", true), ("3", "m", false), ("号", "m", false), ("码头", "n", false)]));
        // 佛山南站，全长设站: the comma, which the lexicon tags m as a number, ends the name.
        Assert.Equal([(0, 4, EntityType.LOC)], Apply([("佛山", "ns", true), ("南站", "ns", false), ("，", "m", false), ("全长", "n", false),
            ("设站", "n", false)]));
    }

    [Fact]
    public void A_place_abroad_does_not_take_in_the_facility_after_it()
    {
        // 黑海沿岸新罗西斯克港: the sea locates the port the tagger found; it does not name it, as 宁波 names 宁波舟山港 (E7).
        Assert.Equal([(0, 2, EntityType.LOC), (4, 10, EntityType.LOC)], Apply([("黑海", "ns", true), ("沿岸", "f", false), ("新罗西斯克港", "ns", true)]));
        Assert.Equal([(0, 5, EntityType.LOC)], Apply([("宁波", "ns", true), ("舟山港", "ns", true)]));
    }

    [Fact]
    public void Verbs_punctuation_and_other_entities_end_the_name()
    {
        // 鹤岗公路开通后铁路: the verb ends it, and 公路 alone names no facility.
        Assert.Equal([(0, 2, EntityType.LOC)], Apply([("鹤岗", "ns", true), ("公路", "n", false), ("开通", "v", false), ("后", "f", false), ("铁路", "n", false)]));
        // 天津港、天津开发区: the comma ends the first; the second is a zone named after its place (E8).
        Assert.Equal([(0, 3, EntityType.LOC), (4, 9, EntityType.LOC)],
            Apply([("天津港", "ns", true), ("、", "x", false), ("天津", "ns", true), ("开发区", "n", false)]));
        // A bare zone word is never tagged.
        Assert.Empty(Apply([("示范区", "n", false), ("建设", "vn", false)]));
    }

    [Fact]
    public void A_station_is_named_after_its_place_whatever_jieba_tags_its_word()
    {
        // 淄博站就有: jieba reads 站 as a verb after a name; it is the station (standing is jieba's 站在, 站起).
        Assert.Equal([(0, 3, EntityType.LOC)], Apply([("淄博", "ns", true), ("站", "v", false), ("就", "d", false), ("有", "v", false)]));
        // 淮河干流王家坝站: the position word keeps the river apart from the station on it.
        Assert.Equal([(0, 2, EntityType.LOC), (4, 8, EntityType.LOC)],
            Apply([("淮河", "ns", true), ("干流", "n", false), ("王家坝", "nr", true), ("站", "v", false)]));
        // 巡演南昌站: a leg of a tour; the city alone is the place.
        Assert.Equal([(2, 4, EntityType.LOC)], Apply([("巡演", "v", false), ("南昌", "ns", true), ("站", "v", false)]));
    }

    [Fact]
    public void A_natural_feature_or_a_sluice_is_one_place_with_the_name_before_it()
    {
        // 腾格里沙漠, 毛乌素沙地, 王家坝闸: the tagger finds the name; the feature's word makes it the feature (as People's Daily tags 撒哈拉沙漠).
        Assert.Equal([(0, 5, EntityType.LOC)], Apply([("腾格里", "ns", true), ("沙漠", "n", false)]));
        Assert.Equal([(0, 5, EntityType.LOC)], Apply([("毛乌素", "nr", true), ("沙地", "n", false)]));
        Assert.Equal([(0, 4, EntityType.LOC)], Apply([("王家坝", "nr", true), ("闸", "n", false), ("开闸", "v", false)]));
    }

    [Fact]
    public void A_waterwork_reserve_or_fishing_ground_is_one_place_with_the_name_before_it()
    {
        // 鄱阳湖国家级自然保护区, 长江三峡水利枢纽, 黄河大堤, 石浦渔港, 吕泗渔场 (guidelines E7, E8: named facilities and zones)
        Assert.Equal([(0, 11, EntityType.LOC)], Apply([("鄱阳湖", "ns", true), ("国家级", "b", false), ("自然保护区", "n", false), ("迎来", "v", false)]));
        Assert.Equal([(0, 8, EntityType.LOC)], Apply([("长江三峡", "ns", true), ("水利枢纽", "l", false), ("开闸", "v", false)]));
        Assert.Equal([(0, 4, EntityType.LOC)], Apply([("黄河", "ns", true), ("大堤", "n", false), ("加固", "v", false)]));
        Assert.Equal([(0, 4, EntityType.LOC)], Apply([("石浦", "ns", true), ("渔港", "n", false)]));
        Assert.Equal([(0, 4, EntityType.LOC)], Apply([("吕泗", "ns", true), ("渔场", "n", false)]));
    }

    [Fact]
    public void A_province_names_the_place_after_it_that_opens_with_a_common_word()
    {
        // 云南热带雨林国家公园: the tagger's park opens with a common word (one token here), so the province is part of its name.
        Assert.Equal([(0, 10, EntityType.LOC)], Apply([("云南", "ns", true), ("热带雨林国家公园", "n", true)]));
        // 文昌航天发射场: a launch site named from its place.
        Assert.Equal([(0, 7, EntityType.LOC)], Apply([("文昌", "ns", true), ("航天", "n", false), ("发射场", "n", false)]));
    }

    [Fact]
    public void A_port_of_entry_or_a_tunnel_is_one_place_with_the_name_before_it()
    {
        // 二连浩特口岸：jieba's 口岸 is a place word (s); the port of entry is named from its town.
        Assert.Equal([(0, 6, EntityType.LOC)], Apply([("二连浩特", "ns", true), ("口岸", "s", false), ("：", "x", false)]));
        // 终南山隧道通车: a tunnel named from its mountain (MSRA tags 秦岭隧道 whole).
        Assert.Equal([(0, 5, EntityType.LOC)], Apply([("终南山", "ns", true), ("隧道", "n", false), ("通车", "v", false)]));
        // 越南首条地铁: an order (首条) opens a noun phrase of its own, as a count does.
        Assert.Equal([(0, 2, EntityType.LOC)], Apply([("越南", "ns", true), ("首条", "m", false), ("地铁", "n", false), ("站", "n", false)]));
        // jieba's other place words end no name.
        Assert.Equal([(0, 2, EntityType.LOC)], Apply([("广西", "ns", true), ("国内", "s", false), ("市场", "n", false)]));
    }

    [Fact]
    public void The_works_a_facility_belongs_to_and_a_prefecture_by_its_full_name_stay_apart()
    {
        // 成兰铁路重点工程云屯堡隧道: 工程 is the works of the railway, not part of the tunnel's name.
        Assert.Equal([(0, 4, EntityType.LOC), (8, 13, EntityType.LOC)],
            Apply([("成兰铁路", "n", true), ("重点", "n", false), ("工程", "n", false), ("云屯堡", "ns", true), ("隧道", "n", false)]));
        // 克孜勒苏柯尔克孜自治州吐尔尕特口岸: the prefecture by its full name only locates the port the tagger found whole.
        Assert.Equal([(0, 11, EntityType.LOC), (11, 17, EntityType.LOC)],
            Apply([("克孜勒苏柯尔克孜自治州", "ns", true), ("吐尔尕特口岸", "ns", true)]));
    }

    [Fact]
    public void A_city_and_站_found_whole_after_a_tour_s_word_is_the_city()
    {
        Assert.Equal(["杭州 LOC"], Cut("个人巡演杭州站门票售罄。", "杭州站"));
        Assert.Equal(["杭州站 LOC"], Cut("列车驶入杭州站。", "杭州站")); // a station
        Assert.Equal(["九龙湖站 LOC"], Cut("演唱会九龙湖站散场。", "九龙湖站")); // no city before 站: a station by a venue
    }

    private static string[] Cut(string text, string tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => FacilityNames.CutTourLegs(sentence, labels, length), text, (tagged, EntityType.LOC));
    [Fact]
    public void A_place_runs_through_its_resort_or_science_town()
    {
        static string[] Extend(string text, params (string Text, EntityType Type)[] tagged) => Rules.LabelRuleHarness.Apply(FacilityNames.Extend, text, tagged);
        Assert.Equal(["龙泉滑雪旅游度假区 LOC"], Extend("游客涌向龙泉滑雪旅游度假区。", ("龙泉", EntityType.LOC)));
        Assert.Equal(["南湖科学城 LOC"], Extend("新项目落户南湖科学城。", ("南湖", EntityType.LOC)));
        Assert.Equal(["沙田科技园 LOC"], Extend("初创企业入驻沙田科技园。", ("沙田", EntityType.LOC)));
    }
}
