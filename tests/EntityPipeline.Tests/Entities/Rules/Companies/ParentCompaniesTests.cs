using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class ParentCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => ParentCompanies.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_firm_ends_before_the_word_for_how_it_is_related()
    {
        Assert.Equal(["蓝湾科技 ORG", "海螺芯片 ORG"], Apply("蓝湾科技全资子公司海螺芯片发布新品。", ("蓝湾科技全资子公司", EntityType.ORG), ("海螺芯片", EntityType.ORG)));
        Assert.Equal(["星河 ORG", "Lumora ORG"], Apply("星河母公司Lumora公布财报。", ("星河母公司", EntityType.ORG), ("Lumora", EntityType.ORG)));
        Assert.Equal(["国际气象学会 ORG", "资料中心 ORG"], Apply("国际气象学会下属资料中心发布了年报。", ("国际气象学会下属资料中心", EntityType.ORG)));
    }

    [Fact]
    public void Two_firms_run_into_one_around_the_word_are_two()
    {
        Assert.Equal(["云帆物流 ORG", "云帆集团 ORG"], Apply("云帆物流控股股东云帆集团增持。", ("云帆物流控股股东云帆集团", EntityType.ORG)));
        Assert.Equal(["云帆物流 ORG"], Apply("云帆物流控股股东增持。", ("云帆物流控股", EntityType.ORG)));
        Assert.Equal(["青禾 ORG", "蓝鲸科技 ORG"], Apply("青禾旗下子公司蓝鲸科技上市。", ("青禾旗下子公司蓝鲸科技", EntityType.ORG)));
    }

    [Fact]
    public void A_name_without_such_a_word_or_a_word_alone_is_handled_as_it_should()
    {
        Assert.Equal(["吉利控股集团 ORG"], Apply("吉利控股集团公布销量。", ("吉利控股集团", EntityType.ORG)));
        Assert.Empty(Apply("子公司发布新品。", ("子公司", EntityType.ORG)));
    }

    [Fact]
    public void 控股_as_the_verb_after_the_holding_firm_is_no_part_of_its_name()
    {
        Assert.Equal(["蓝湾集团 ORG"], Apply("蓝湾集团控股的码头今天开港。", ("蓝湾集团控股", EntityType.ORG)));
        Assert.Equal(["海螺芯片 ORG"], Apply("工厂2019年起由海螺芯片控股，现已扩产。", ("海螺芯片控股", EntityType.ORG)));
        Assert.Equal(["星河控股 ORG"], Apply("星河控股发布年报。", ("星河控股", EntityType.ORG))); // a holding company's name
    }
}
