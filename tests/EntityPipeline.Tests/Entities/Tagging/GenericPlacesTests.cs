using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class GenericPlacesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => GenericPlaces.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_word_for_a_kind_of_place_is_no_place()
    {
        Assert.Empty(Apply("城中村改造有序推进。", ("城中村", EntityType.LOC)));
        Assert.Equal(["石井村 LOC"], Apply("石井村城中村改造启动。", ("石井村城中村", EntityType.LOC)));
    }

    [Fact]
    public void Other_places_stay()
    {
        Assert.Equal(["石井村 LOC"], Apply("石井村的改造启动。", ("石井村", EntityType.LOC)));
        Assert.Equal(["城中村 ORG"], Apply("城中村工作组进驻。", ("城中村", EntityType.ORG))); // not a place
    }
}
