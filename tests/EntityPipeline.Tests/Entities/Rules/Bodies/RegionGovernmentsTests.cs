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
        // A conjunction opens another body, no department of the government.
        Assert.Equal(["香港特区政府 ORG", "星河公司 ORG"], Apply("香港特区政府与星河公司签署协议。", ("星河公司", EntityType.ORG)));
    }

    private static string[] ApplyPlaces(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RegionGovernments.JoinPlaces(t, labels, length), text, tagged);

    [Fact]
    public void A_place_and_the_government_right_after_it_are_one_organisation()
    {
        Assert.Equal(["槟江州政府 ORG"], ApplyPlaces("槟江州政府称，当地去年新增投资。", ("槟江州", EntityType.LOC)));
        Assert.Equal(["青川市政府 ORG", "东湾市人民政府 ORG"], ApplyPlaces("青川市政府与东湾市人民政府签约。", ("青川市", EntityType.LOC), ("东湾市人民政府", EntityType.ORG)));
        Assert.Equal(["高原县政府 ORG"], ApplyPlaces("记者从高原县政府获悉", ("高原县", EntityType.LOC)));
    }

    [Fact]
    public void A_township_a_place_without_a_division_word_or_a_tagged_government_stays()
    {
        Assert.Equal(["青禾镇 LOC"], ApplyPlaces("青禾镇政府组织村民转移。", ("青禾镇", EntityType.LOC))); // MSRA tags a township alone
        Assert.Equal(["青川 LOC"], ApplyPlaces("青川政府官员表示", ("青川", EntityType.LOC)));
        Assert.Equal(["特区 LOC"], ApplyPlaces("特区政府官员表示", ("特区", EntityType.LOC))); // no name before the division's word
        Assert.Equal(["槟江州 LOC", "政府 ORG"], ApplyPlaces("槟江州政府称", ("槟江州", EntityType.LOC), ("政府", EntityType.ORG)));
    }
}
