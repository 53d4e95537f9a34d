using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class LocatedPlacesTests
{
    private static string[] Apply(string text, string tagged) => LabelRuleHarness.Apply(LocatedPlaces.Split, text, (tagged, EntityType.LOC));

    [Fact]
    public void A_division_before_a_road_an_estate_or_a_named_place_is_a_place_of_its_own()
    {
        Assert.Equal(["成都市 LOC", "蜀都大道 LOC"], Apply("车队驶过成都市蜀都大道。", "成都市蜀都大道"));
        Assert.Equal(["丰泽区 LOC", "东海湾花园小区 LOC"], Apply("泉州市丰泽区东海湾花园小区居民", "丰泽区东海湾花园小区"));
        Assert.Equal(["福田区 LOC", "中银花园 LOC"], Apply("他住在福田区中银花园。", "福田区中银花园"));
        Assert.Equal(["贵定县 LOC", "云雾山 LOC"], Apply("贵定县云雾山盛产茶叶。", "贵定县云雾山"));
        Assert.Equal(["哈密市 LOC", "巴里坤换流站 LOC"], Apply("哈密市巴里坤换流站投运。", "哈密市巴里坤换流站"));
    }

    [Fact]
    public void A_division_before_a_name_jieba_does_not_know_is_a_place_of_its_own()
    {
        Assert.Equal(["海珠区 LOC", "琶洲 LOC"], Apply("会展企业集中在海珠区琶洲。", "海珠区琶洲")); // jieba: 琶/zg 洲/ng
        Assert.Equal(["吴江区 LOC", "汾湖 LOC"], Apply("项目落户吴江区汾湖。", "吴江区汾湖")); // jieba: 吴江/nr 区汾湖/x, across the division's end
        Assert.Equal(["清河县大汪中学 ORG"], Org("他就读于清河县大汪中学。", "清河县大汪中学")); // a school keeps its county (MSRA)
    }

    [Fact]
    public void A_place_named_by_its_division_and_a_zone_stay_whole()
    {
        // E7: the park's official name holds the city; a common word or a direction after the division says so.
        Assert.Equal(["长沙市烈士公园 LOC"], Apply("长沙市烈士公园游人如织。", "长沙市烈士公园"));
        Assert.Equal(["辽宁省体育馆 LOC"], Apply("比赛在辽宁省体育馆举行。", "辽宁省体育馆"));
        Assert.Equal(["寿县西站 LOC"], Apply("寿县西站开通。", "寿县西站"));
        Assert.Equal(["天津市塘沽海洋高科技开发区 LOC"], Apply("天津市塘沽海洋高科技开发区成立。", "天津市塘沽海洋高科技开发区"));
        Assert.Equal(["山西省吕梁地区 LOC"], Apply("山西省吕梁地区干旱。", "山西省吕梁地区"));
    }

    [Fact]
    public void A_school_with_a_name_of_its_own_is_located_by_its_division_and_other_organisations_keep_it()
    {
        Assert.Equal(["海淀区 LOC", "中关村第三小学 ORG"], Org("北京市海淀区中关村第三小学停课。", "海淀区中关村第三小学"));
        Assert.Equal(["阳谷县第三中学 ORG"], Org("阳谷县第三中学举行运动会。", "阳谷县第三中学")); // named by a number (MSRA keeps it whole)
        Assert.Equal(["朝阳区市场监督管理局 ORG"], Org("朝阳区市场监督管理局公布处罚。", "朝阳区市场监督管理局")); // a body: E4
    }

    private static string[] Org(string text, string tagged) => LabelRuleHarness.Apply(LocatedPlaces.Split, text, (tagged, EntityType.ORG));

    [Fact]
    public void A_city_before_a_zone_with_a_name_of_its_own_is_a_place_of_its_own()
    {
        Assert.Equal(["重庆 LOC", "两江新区 LOC"], Apply("重庆两江新区新增企业。", "重庆两江新区"));
        Assert.Equal(["深圳 LOC", "福田保税区 LOC"], Apply("深圳福田保税区扩容。", "深圳福田保税区"));
        Assert.Equal(["赣州高新区 LOC"], Apply("赣州高新区招商。", "赣州高新区")); // named from its city (E8)
    }

    private static string[] TagAtParticle(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(LocatedPlaces.SplitAtParticle, text, tagged);

    [Fact]
    public void A_place_run_over_的_into_what_it_locates_is_two_mentions()
    {
        Assert.Equal(["九龙湾 LOC", "国际展贸中心 LOC"], TagAtParticle("展会设在九龙湾的国际展贸中心。", ("九龙湾的国际展贸中心", EntityType.LOC)));
        Assert.Equal(["赤鱲角 LOC", "航空货运中心 LOC"], TagAtParticle("货站设在赤鱲角的航空货运中心。", ("赤鱲角的航空货运中心", EntityType.LOC))); // 鱲角的/x
        Assert.Equal(["杭州 LOC", "浙江大学 ORG"], TagAtParticle("她在杭州的浙江大学读书。", ("杭州的浙江大学", EntityType.ORG)));
    }

    [Fact]
    public void A_name_holding_的_and_a_body_before_it_not_a_known_place_stay_whole()
    {
        Assert.Equal(["斯堪的纳维亚半岛 LOC"], TagAtParticle("寒潮席卷斯堪的纳维亚半岛。", ("斯堪的纳维亚半岛", EntityType.LOC)));
        Assert.Equal(["海鸥科技的研发中心 ORG"], TagAtParticle("海鸥科技的研发中心投入使用。", ("海鸥科技的研发中心", EntityType.ORG)));
    }
}
