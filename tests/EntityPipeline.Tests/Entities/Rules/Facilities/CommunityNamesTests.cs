using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class CommunityNamesTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(CommunityNames.Join, text, tagged);

    [Fact]
    public void A_community_is_one_place_with_the_name_before_it()
    {
        Assert.Equal(["翠竹园社区 LOC"], Tag("翠竹园社区新建了食堂。", ("翠竹园", EntityType.LOC)));
        Assert.Equal(["东风村社区 LOC"], Tag("东风村社区的志愿者上门。", ("东风村", EntityType.LOC)));
    }

    [Fact]
    public void A_division_before_a_community_or_a_community_alone_is_left_alone()
    {
        Assert.Equal(["上海市 LOC"], Tag("上海市社区卫生服务中心。", ("上海市", EntityType.LOC))); // the setting, not the name
        Assert.Equal(["华为 ORG"], Tag("华为社区发布新帖。", ("华为", EntityType.ORG))); // an organisation's community
        Assert.Empty(Tag("社区工作者上门服务。"));
    }
}
