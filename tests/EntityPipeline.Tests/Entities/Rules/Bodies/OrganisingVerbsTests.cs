using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class OrganisingVerbsTests
{
    private static string[] Cut(string text, string tagged) => LabelRuleHarness.Apply(OrganisingVerbs.Cut, text, (tagged, EntityType.ORG));

    [Fact]
    public void A_body_or_division_run_into_the_verb_organise_ends_before_it()
    {
        Assert.Equal(["交通运输部 ORG"], Cut("交通运输部组织专家开展评估。", "交通运输部组织"));
        Assert.Equal(["宜昌市 LOC"], Cut("宜昌市组织群众转移。", "宜昌市组织")); // a division left alone is a place
    }

    [Fact]
    public void Names_that_end_in_organisation_stay_whole()
    {
        Assert.Equal(["世界卫生组织 ORG"], Cut("世界卫生组织发布报告。", "世界卫生组织"));
        Assert.Equal(["上海合作组织 ORG"], Cut("上海合作组织峰会开幕。", "上海合作组织"));
    }
}
