using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class SubsidiaryNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(SubsidiaryNames.Join, text, tagged);

    [Fact]
    public void A_firm_and_its_unit_s_word_are_one_organisation()
    {
        Assert.Equal(["腾讯云 ORG"], Apply("腾讯云宣布降价。", ("腾讯", EntityType.ORG)));
        Assert.Equal(["中信证券国际 ORG"], Apply("中信证券国际发布报告。", ("中信证券", EntityType.ORG)));
        Assert.Equal(["华为云 ORG"], Apply("模型已上线华为云和火山引擎。", ("华为", EntityType.ORG), ("云和", EntityType.LOC))); // not the county 云和
    }

    [Fact]
    public void A_body_a_place_or_a_word_jieba_joins_otherwise_stays()
    {
        Assert.Equal(["自然保护联合会 ORG"], Apply("自然保护联合会国际部主任说。", ("自然保护联合会", EntityType.ORG))); // a body, not a firm
        Assert.Equal(["爱立信 ORG", "中国 LOC"], Apply("爱立信中国总裁说。", ("爱立信", EntityType.ORG), ("中国", EntityType.LOC)));
    }
}
