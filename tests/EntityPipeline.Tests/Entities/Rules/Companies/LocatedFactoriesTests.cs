using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class LocatedFactoriesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => LocatedFactories.Split(t, labels, length), text, tagged);

    [Fact]
    public void A_firms_factory_named_by_its_place_is_the_firm_and_the_place()
    {
        Assert.Equal(["长风汽车 ORG", "泰国 LOC"], Apply("长风汽车泰国工厂正式投产。", ("长风汽车泰国工厂", EntityType.ORG)));
        Assert.Equal(["星海电池 ORG", "西班牙 LOC"], Apply("星海电池西班牙工厂开工建设。", ("星海电池西班牙工厂", EntityType.ORG)));
        Assert.Equal(["蓝鲸科技 ORG", "上海 LOC"], Apply("蓝鲸科技上海工厂交付首批产品。", ("蓝鲸科技上海工厂", EntityType.ORG)));
    }

    [Fact]
    public void Named_plants_places_and_factories_without_a_place_stay()
    {
        Assert.Equal(["长风汽车上海超级工厂 ORG"], Apply("长风汽车上海超级工厂扩产。", ("长风汽车上海超级工厂", EntityType.ORG)));
        Assert.Equal(["长风汽车第一工厂 ORG"], Apply("长风汽车第一工厂停产检修。", ("长风汽车第一工厂", EntityType.ORG)));
        Assert.Equal(["泰国罗勇工厂 LOC"], Apply("泰国罗勇工厂位于工业园内。", ("泰国罗勇工厂", EntityType.LOC)));
    }

    private static string[] ApplyUnits(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => LocatedFactories.SplitUnits(t, labels, length), text, tagged);

    [Fact]
    public void A_firm_run_into_the_place_of_its_arm_before_a_team_or_role_is_the_firm_and_the_place()
    {
        Assert.Equal(["青禾广告 ORG", "上海 LOC"], ApplyUnits("青禾广告上海团队获得金奖。", ("青禾广告上海", EntityType.ORG)));
        Assert.Equal(["长风汽车 ORG", "欧洲 LOC"], ApplyUnits("长风汽车欧洲业务负责人表示，新车型将在秋季上市。", ("长风汽车欧洲", EntityType.ORG)));
        Assert.Equal(["青禾广告 ORG", "北京 LOC"], ApplyUnits("青禾广告北京团队获得银奖。", ("青禾广告北京团队", EntityType.ORG)));
        Assert.Equal(["星海电池 ORG", "匈牙利 LOC"], ApplyUnits("星海电池匈牙利工厂开工。", ("星海电池匈牙利", EntityType.ORG)));
        Assert.Equal(["蓝鲸拍卖 ORG", "巴黎 LOC"], ApplyUnits("蓝鲸拍卖巴黎负责人说，成交额创新高。", ("蓝鲸拍卖巴黎", EntityType.ORG)));
    }

    [Fact]
    public void A_firm_named_with_its_place_or_a_chain_of_places_stays()
    {
        Assert.Equal(["长风移动香港 ORG"], ApplyUnits("长风移动香港与深圳之间的漫游费下调。", ("长风移动香港", EntityType.ORG)));
        Assert.Equal(["西班牙瓦伦西亚 ORG"], ApplyUnits("西班牙瓦伦西亚负责人说。", ("西班牙瓦伦西亚", EntityType.ORG)));
        Assert.Equal(["长风汽车公司 ORG"], ApplyUnits("长风汽车公司总经理说。", ("长风汽车公司", EntityType.ORG)));
    }
}
