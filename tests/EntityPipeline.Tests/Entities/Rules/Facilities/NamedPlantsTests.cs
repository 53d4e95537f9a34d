using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class NamedPlantsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(NamedPlants.Tag, text, tagged);

    [Fact]
    public void A_name_before_a_plant_or_greenway_is_a_place()
    {
        Assert.Equal(["海湾一号海上风电场 LOC"], Apply("建在近海的海湾一号海上风电场投产了。"));
        Assert.Equal(["天府绿道 LOC"], Apply("周末，天府绿道上游人如织。"));
        Assert.Equal(["葛洲坝船闸 LOC"], Apply("去年葛洲坝船闸累计通过船舶4万艘次。"));
    }

    [Fact]
    public void A_word_of_extent_or_kind_an_unknown_word_or_a_place_the_tagger_found_is_left()
    {
        Assert.Empty(Apply("当地新建海上风电场三座。"));
        Assert.Empty(Apply("市民步行可达社区绿道。"));
        Assert.Empty(Apply("下班后到绿道散步。"));
        Assert.Equal(["平潭 LOC"], Apply("平潭海上风电场投产。", ("平潭", EntityType.LOC)));
    }
}
