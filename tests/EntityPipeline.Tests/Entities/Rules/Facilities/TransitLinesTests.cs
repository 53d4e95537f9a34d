using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class TransitLinesTests
{
    private static string[] Lines(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(TransitLines.TagNumbered, text, tagged);

    private static string[] Joined(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => TransitLines.JoinLines(t, labels, length), text, tagged);

    [Fact]
    public void A_line_cut_inside_haoxian_or_from_its_station_is_made_whole()
    {
        Assert.Equal(["临川地铁7号线 LOC"], Joined("乘客可换乘临川地铁7号线。", ("临川地铁7号", EntityType.LOC)));
        Assert.Equal(["临川地铁2号线青禾站 LOC"], Joined("临川地铁2号线青禾站今日启用。", ("临川地铁2号线", EntityType.LOC), ("青禾站", EntityType.LOC)));
        // Not a line and a place after it that is no station.
        Assert.Equal(["临川地铁2号线 LOC", "青禾 LOC"], Joined("临川地铁2号线青禾段封闭。", ("临川地铁2号线", EntityType.LOC), ("青禾", EntityType.LOC)));
    }

    private static string[] Routes(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(TransitLines.TagAbbreviated, text, tagged);

    [Fact]
    public void A_line_named_by_its_number_is_a_place()
    {
        Assert.Equal(["2号线 LOC"], Lines("在此可与2号线换乘。"));
        Assert.Equal(["地铁18号线 LOC"], Lines("乘坐地铁18号线前往机场。"));
        Assert.Empty(Lines("生产线已经投产。"));
    }

    [Fact]
    public void A_route_named_by_the_abbreviations_of_its_ends_is_a_place()
    {
        Assert.Equal(["合新高铁 LOC"], Routes("合新高铁今日开通。"));
        Assert.Equal(["G45大广高速 LOC"], Routes("车辆可经G45大广高速绕行。"));
        Assert.Equal(["京广高铁 LOC"], Routes("京广高铁全线恢复常速。", ("京", EntityType.LOC))); // jieba: 京广/nz; the tagger's 京 gives way
        Assert.Equal(["G4京港澳高速 LOC"], Routes("G4京港澳高速湖北段发生事故。", ("京", EntityType.LOC), ("港", EntityType.LOC), ("澳", EntityType.LOC))); // three ends
        Assert.Empty(Routes("中国高铁发展很快。")); // a place's word, not a pair of abbreviations: the tagger's business
    }

    [Fact]
    public void Ends_jieba_cuts_apart_reads_as_a_name_or_joins_in_three_name_a_route_too()
    {
        Assert.Equal(["渝昆高铁 LOC", "云南 LOC"], Routes("渝昆高铁云南段进入铺轨阶段。", ("渝", EntityType.LOC), ("云南", EntityType.LOC))); // 渝/j 昆/ns
        Assert.Equal(["包银高铁 LOC"], Routes("包银高铁全线贯通。")); // jieba: 包银/nr
        Assert.Equal(["京雄商高铁 LOC"], Routes("京雄商高铁河南段开工。", ("京", EntityType.LOC), ("雄", EntityType.LOC))); // 京雄商/x: three ends
        Assert.Equal(["京 LOC"], Routes("进京高速车流量大增。", ("京", EntityType.LOC))); // into Beijing: 进京/v is no end
    }

    [Fact]
    public void A_station_typed_an_organisation_is_a_place_but_a_body_called_a_station_stays()
    {
        static string[] Stations(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(TransitLines.RetypeStations, text, tagged);
        Assert.Equal(["灵璧站 LOC"], Stations("列车驶离灵璧站。", ("灵璧站", EntityType.ORG)));
        Assert.Equal(["上海气象站 ORG"], Stations("上海气象站发布预警。", ("上海气象站", EntityType.ORG))); // jieba: 气象站, a body
        Assert.Equal(["南湖科技大学站 LOC"], Stations("乘客可在南湖科技大学站换乘。", ("南湖科技大学站", EntityType.ORG))); // named after a university
    }
}
