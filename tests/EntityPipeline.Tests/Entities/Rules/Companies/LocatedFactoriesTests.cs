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
}
