using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class TravelVerbsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(TravelVerbs.Cut, text, tagged);

    [Fact]
    public void A_trip_run_into_one_place_names_each_place()
    {
        Assert.Equal(["江北站 LOC", "沿江城际铁路 LOC", "临港站 LOC"],
            Apply("从江北站乘沿江城际铁路至临港站只需半小时。", ("江北站乘沿江城际铁路至临港站", EntityType.LOC)));
        Assert.Equal(["沪杭高铁 LOC"], Apply("旅客乘沪杭高铁到杭州东站。", ("乘沪杭高铁", EntityType.LOC)));
        Assert.Equal(["苏州北站 LOC"], Apply("游客可从苏州北站乘大巴前往古镇。", ("苏州北站乘", EntityType.LOC)));
    }

    [Fact]
    public void Places_without_the_verb_and_other_mentions_stay()
    {
        Assert.Equal(["沿江城际铁路 LOC"], Apply("旅客乘坐沿江城际铁路出行。", ("沿江城际铁路", EntityType.LOC)));
        Assert.Equal(["乘风公司 ORG"], Apply("乘风公司发布新品。", ("乘风公司", EntityType.ORG))); // no place
    }
}
