using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class CountyVillagesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CountyVillages.Split(t, labels, length), text, tagged);

    [Fact]
    public void A_district_before_its_village_is_a_place_of_its_own()
    {
        Assert.Equal(["海淀区 LOC", "柳岸村 LOC"], Apply("他来自海淀区柳岸村。", ("海淀区柳岸村", EntityType.LOC)));
    }

    [Fact]
    public void A_place_that_opens_with_no_known_division_or_ends_in_no_village_stays_whole()
    {
        Assert.Equal(["石桥坊村 LOC"], Apply("石桥坊村的茶园。", ("石桥坊村", EntityType.LOC)));
        Assert.Equal(["海淀区公园 LOC"], Apply("海淀区公园开放。", ("海淀区公园", EntityType.LOC)));
    }
}
