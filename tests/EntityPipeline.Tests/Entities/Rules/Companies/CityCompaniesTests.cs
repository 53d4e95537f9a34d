using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class CityCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(CityCompanies.Tag, text, tagged);

    [Fact]
    public void An_unnamed_citys_utility_is_one_company_with_its_division()
    {
        Assert.Equal(["市自来水公司 ORG"], Apply("市自来水公司表示，明年将更换旧水管。"));
        Assert.Equal(["县自来水公司 ORG", "市燃气集团 ORG"], Apply("昨天，县自来水公司和市燃气集团分别发布通知。"));
        Assert.Equal(["市公交集团 ORG"], Apply("记者从市公交集团获悉，新线路下月开通。"));
        Assert.Equal(["市燃气集团 ORG"], Apply("市燃气集团介绍，管网已经改造完毕。", ("燃气集团", EntityType.ORG))); // the span inside gives way
    }

    [Fact]
    public void A_division_inside_a_place_or_pronoun_or_without_a_trade_is_left_alone()
    {
        Assert.Equal(["上海市 LOC"], Apply("上海市自来水公司表示将检修管网。", ("上海市", EntityType.LOC)));
        Assert.Empty(Apply("该市自来水公司表示将检修管网。"));
        Assert.Empty(Apply("市公司表示将检修管网。"));
        Assert.Empty(Apply("市场监管部门约谈了多家公司。"));
    }
}
