using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class ChainTailsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(ChainTails.Tag, text, tagged);

    [Fact]
    public void A_city_or_county_after_a_province_the_tagger_found_is_a_place()
    {
        Assert.Equal(["甘肃 LOC", "定西 LOC"], Apply("首个大型项目落地甘肃定西。", ("甘肃", EntityType.LOC)));
        Assert.Equal(["广东 LOC", "清远 LOC", "韶关 LOC"], Apply("广东清远、韶关等地降雨量超过二百毫米。", ("广东", EntityType.LOC), ("韶关", EntityType.LOC)));
    }

    [Fact]
    public void Directions_areas_and_words_after_other_mentions_are_left_alone()
    {
        Assert.Equal(["湖南 LOC"], Apply("湖南南部有大雨。", ("湖南", EntityType.LOC))); // 南部 is a county too
        Assert.Equal(["北京 LOC"], Apply("北京城区的空气质量好转。", ("北京", EntityType.LOC))); // and 城区 a district
        Assert.Empty(Apply("甘肃定西的项目。")); // nothing tagged before it
    }
}
