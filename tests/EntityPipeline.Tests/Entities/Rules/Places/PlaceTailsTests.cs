using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class PlaceTailsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => PlaceTails.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_place_run_into_a_common_noun_is_the_place_alone()
    {
        Assert.Equal(["阿曼 LOC"], Apply("阿曼市场需求旺盛。", ("阿曼市场", EntityType.LOC)));
        Assert.Equal(["新加坡 LOC"], Apply("律所在新加坡办公室新增合伙人。", ("新加坡办公室", EntityType.ORG)));
        Assert.Equal(["厦门 LOC"], Apply("厦门马拉松鸣枪开跑。", ("厦门马拉松", EntityType.ORG)));
        Assert.Equal(["福建 LOC"], Apply("福建代表团审议报告。", ("福建代表团", EntityType.ORG)));
    }

    [Fact]
    public void A_river_run_into_its_basin_or_bank_is_the_river_alone()
    {
        Assert.Equal(["淮河 LOC"], Apply("淮河流域今夏多雨。", ("淮河流域", EntityType.LOC)));
        Assert.Equal(["珠江 LOC"], Apply("珠江流域的水质好转。", ("珠江流域", EntityType.LOC)));
        Assert.Equal(["某某盆地流域 LOC"], Apply("某某盆地流域很广。", ("某某盆地流域", EntityType.LOC))); // no river before it
        // A river's or lake's bank is the water.
        Assert.Equal(["青川河 LOC"], Apply("展品从青川河畔运来。", ("青川河畔", EntityType.LOC)));
        Assert.Equal(["柳湖 LOC"], Apply("柳湖畔建起步道。", ("柳湖畔", EntityType.LOC)));
        Assert.Equal(["某某山畔 LOC"], Apply("某某山畔有座寺。", ("某某山畔", EntityType.LOC))); // no water before it
    }

    [Fact]
    public void A_place_run_into_a_kind_of_home_hospital_or_firm_is_the_place_alone()
    {
        Assert.Equal(["日本 LOC"], Apply("日本养老院招聘护理员。", ("日本养老院", EntityType.ORG)));
        Assert.Equal(["丹麦 LOC"], Apply("丹麦航运公司宣布新航线。", ("丹麦航运公司", EntityType.ORG)));
        Assert.Equal(["深圳 LOC"], Apply("深圳检测机构联手出海。", ("深圳检测机构", EntityType.ORG)));
        Assert.Equal(["茂名 LOC"], Apply("氢气来自茂名炼厂。", ("茂名炼厂", EntityType.ORG)));
        Assert.Equal(["天津慧康养老院 ORG"], Apply("天津慧康养老院开业。", ("天津慧康养老院", EntityType.ORG))); // a name between
    }

    [Fact]
    public void China_and_its_regions_run_into_such_a_noun_are_the_place_alone_but_before_a_delegation()
    {
        Assert.Equal(["香港 LOC"], Apply("香港公立医院试行跨境转诊。", ("香港公立医院", EntityType.ORG)));
        Assert.Equal(["中国 LOC"], Apply("中国企业组团参展。", ("中国企业组团", EntityType.ORG)));
        Assert.Equal(["中国代表团 ORG"], Apply("中国代表团团长表示。", ("中国代表团", EntityType.ORG))); // as MSRA tags it
    }

    [Fact]
    public void Names_and_other_endings_stay()
    {
        Assert.Equal(["苏州工业园区 LOC"], Apply("苏州工业园区招商。", ("苏州工业园区", EntityType.LOC))); // a zone's name
        Assert.Equal(["宁波分公司 ORG"], Apply("宁波分公司成立。", ("宁波分公司", EntityType.ORG))); // a branch
        Assert.Equal(["星河市场 LOC"], Apply("星河市场开业。", ("星河市场", EntityType.LOC))); // no place before the noun
    }

    [Fact]
    public void A_division_run_into_a_noun_morpheme_jieba_leaves_alone_is_the_division()
    {
        string[] Cut(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(PlaceTails.CutMorphemes, text, tagged);
        // jieba: 安吉/nr 竹/ng 产业/n.
        Assert.Equal(["安吉 LOC"], Cut("专家介绍，安吉竹产业年产值超过百亿元。", ("安吉竹", EntityType.LOC)));
        // A name's own ending stays (清水/ns 寺/ng).
        Assert.Equal(["清水寺 LOC"], Cut("游客参观清水寺。", ("清水寺", EntityType.LOC)));
    }

    [Fact]
    public void A_place_run_into_the_tea_named_after_it_is_the_place_alone()
    {
        static string[] Teas(string text, params (string Text, EntityType Type)[] tagged) =>
            LabelRuleHarness.Apply((t, _, _, labels, length) => PlaceTails.CutTeas(t, labels, length), text, tagged);
        Assert.Equal(["青岭 LOC"], Teas("青岭茶销往海外。", ("青岭茶", EntityType.LOC)));
        Assert.Equal(["石溪 LOC"], Teas("石溪岩茶香气浓郁。", ("石溪岩茶", EntityType.LOC)));
        Assert.Equal(["某茶 ORG"], Teas("某茶门店开业。", ("某茶", EntityType.ORG)));   // a brand stays
    }
}
