using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Documents;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class DirectionPrefixesTests
{
    private static string[] Join(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(DirectionPrefixes.Join, text, tagged);

    [Fact]
    public void A_direction_before_a_place_opens_it()
    {
        Assert.Equal(["南太平洋 LOC"], Join("气象台称，南太平洋的风浪变大。", ("太平洋", EntityType.LOC)));
        Assert.Equal(["西太平洋 LOC"], Join("今年西太平洋的台风偏多。", ("太平洋", EntityType.LOC)));
        Assert.Equal(["南非 LOC", "西开普省 LOC"], Join("南非西开普省下了大雨。", ("南非", EntityType.LOC), ("开普省", EntityType.LOC)));
    }

    [Fact]
    public void A_heading_or_a_word_ending_in_the_direction_stays_out()
    {
        Assert.Equal(["非洲 LOC"], Join("撒哈拉以南非洲的人口。", ("非洲", EntityType.LOC)));
        Assert.Equal(["山东 LOC", "济南 LOC"], Join("山东济南的泉水。", ("山东", EntityType.LOC), ("济南", EntityType.LOC)));
        Assert.Equal(["江西 LOC", "南昌 LOC"], Join("他去过江西南昌。", ("江西", EntityType.LOC), ("南昌", EntityType.LOC)));
        Assert.Equal(["中 LOC"], Join("南中两国合作。", ("中", EntityType.LOC))); // a one-character place
    }
}
