using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class CoordinatedPlacesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CoordinatedPlaces.Split(t, labels, length), text, tagged);

    [Fact]
    public void Two_places_of_one_kind_joined_by_a_conjunction_are_two()
    {
        Assert.Equal(["青溪河 LOC", "白沙河 LOC"], Apply("青溪河和白沙河在此交汇。", ("青溪河和白沙河", EntityType.LOC)));
        Assert.Equal(["东岭山 LOC", "西岭山 LOC"], Apply("东岭山与西岭山相望。", ("东岭山与西岭山", EntityType.LOC)));
    }

    [Fact]
    public void Names_with_a_conjunction_inside_and_places_of_two_kinds_stay_whole()
    {
        Assert.Equal(["某某共和国 LOC"], Apply("某某共和国总统访华。", ("某某共和国", EntityType.LOC)));
        Assert.Equal(["青溪河和白沙湖 LOC"], Apply("青溪河和白沙湖相连。", ("青溪河和白沙湖", EntityType.LOC)));
    }
}
