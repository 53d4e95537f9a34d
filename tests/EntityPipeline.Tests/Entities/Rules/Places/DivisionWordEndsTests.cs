using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class DivisionWordEndsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(DivisionWordEnds.Join, text, tagged);

    [Fact]
    public void A_place_cut_before_the_division_character_of_its_word_is_the_division()
    {
        Assert.Equal(["枫泾市 LOC"], Apply("枫泾市今年新建公园五座。", ("枫泾", EntityType.LOC)));
    }

    [Fact]
    public void A_region_word_or_a_word_of_its_own_after_the_place_stays_out()
    {
        Assert.Equal(["华北 LOC"], Apply("华北地区迎来降雪。", ("华北", EntityType.LOC))); // E5: 地区 is left out
        Assert.Equal(["北京 LOC"], Apply("北京市民踊跃参加。", ("北京", EntityType.LOC)));
    }
}
