using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class RegionGovernmentsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(RegionGovernments.Join, text, tagged);

    [Fact]
    public void The_government_and_the_department_after_it_are_one_organisation()
    {
        Assert.Equal(["香港特区政府统计处 ORG"], Apply("香港特区政府统计处的数据显示，", ("香港特区", EntityType.LOC)));
        Assert.Equal(["香港特区政府财经事务及库务局 ORG"], Apply("香港特区政府财经事务及库务局表示将兼顾本地企业。", ("香港特区", EntityType.LOC), ("库务局", EntityType.ORG)));
        Assert.Equal(["澳门特区政府社会工作局 ORG"], Apply("澳门特区政府社会工作局29日宣布，"));
        Assert.Equal(["澳门特别行政区政府旅游局 ORG"], Apply("澳门特别行政区政府旅游局发布数据。"));
    }

    [Fact]
    public void The_government_alone_is_an_organisation_and_what_it_does_is_no_part_of_it()
    {
        Assert.Equal(["香港特区政府 ORG"], Apply("香港特区政府今天宣布新措施。", ("香港特区", EntityType.LOC)));
        Assert.Equal(["香港特区政府 ORG"], Apply("香港特区政府正处理相关申请。"));
    }
}
