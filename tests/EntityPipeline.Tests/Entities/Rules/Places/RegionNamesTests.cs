using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class RegionNamesTests
{
    private static string[] Apply(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(RegionNames.Join, text, tagged);

    [Fact]
    public void A_province_abbreviation_and_a_direction_are_one_region()
    {
        Assert.Equal(["苏南 LOC"], Apply("苏南五市经济总量增长。", ("苏", EntityType.LOC))); // the abbreviation tagged alone (MSRA)
        Assert.Equal(["皖北 LOC"], Apply("皖北地区降雨偏多。")); // left untagged
    }

    [Fact]
    public void A_region_word_that_opens_a_tagged_name_is_left_to_it()
    {
        Assert.Equal(["中华造船 ORG"], Apply("沪东中华造船发布消息。", ("中华造船", EntityType.ORG)));
    }
}
