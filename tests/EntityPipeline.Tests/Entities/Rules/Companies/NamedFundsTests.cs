using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class NamedFundsTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(NamedFunds.Tag, text, tagged);

    [Fact]
    public void A_fund_named_from_its_place_and_its_kind_is_an_organisation()
    {
        Assert.Equal(["深圳市低空经济产业投资基金 ORG"], Tag("深圳市低空经济产业投资基金完成首期募集。", ("深圳市", EntityType.LOC)));
        Assert.Equal(["浙江省文化旅游专项基金 ORG"], Tag("浙江省文化旅游专项基金资助了该项目。", ("浙江省", EntityType.LOC)));
        Assert.Equal(["浙江省 LOC"], Tag("浙江省设立专项基金。", ("浙江省", EntityType.LOC))); // a verb between: the place sets a fund up
    }

    [Fact]
    public void A_place_s_funds_of_a_trade_or_a_fund_far_from_the_place_are_left_alone()
    {
        Assert.Equal(["美国 LOC"], Tag("美国对冲基金大举买入。", ("美国", EntityType.LOC)));
        Assert.Equal(["深圳 LOC"], Tag("深圳的产业基金规模扩大。", ("深圳", EntityType.LOC))); // 的 is no part of a name
        Assert.Empty(Tag("设立产业投资基金。"));
    }
}
