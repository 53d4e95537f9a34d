using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class OpeningVerbsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => OpeningVerbs.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_facility_ends_before_the_verb_of_its_opening()
    {
        Assert.Equal(["青湾港 LOC"], Apply("青湾港开港一年来吞吐量大增。", ("青湾港开港", EntityType.LOC)));
        Assert.Equal(["云岭大桥 LOC"], Apply("云岭大桥通车后车程缩短。", ("云岭大桥通车", EntityType.LOC)));
        Assert.Equal(["江北站 LOC"], Apply("江北站启用当天客流平稳。", ("江北站启用", EntityType.LOC)));
        // A park, hall or street and the verb of its opening.
        Assert.Equal(["星桥科技园 LOC"], Apply("星桥科技园开园已满8年。", ("星桥科技园开园", EntityType.LOC)));
        Assert.Equal(["东湖美术馆 LOC"], Apply("东湖美术馆开馆首日迎客。", ("东湖美术馆开馆", EntityType.LOC)));
    }

    [Fact]
    public void Other_places_and_names_stay()
    {
        Assert.Equal(["青湾开港 LOC"], Apply("青湾开港村位于海边。", ("青湾开港", EntityType.LOC))); // no facility before the verb
        Assert.Equal(["青湾港开港 ORG"], Apply("青湾港开港公司成立。", ("青湾港开港", EntityType.ORG))); // no place
    }
}
