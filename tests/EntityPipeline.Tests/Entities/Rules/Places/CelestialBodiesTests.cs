using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class CelestialBodiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CelestialBodies.Drop(t, labels, length), text, tagged);

    [Fact]
    public void The_sun_the_earth_and_the_moon_alone_are_no_places()
    {
        Assert.Empty(Apply("探测器绕太阳飞行一周。", ("太阳", EntityType.LOC)));
        Assert.Equal(["敦州 LOC"], Apply("敦州的学生在地球仪上找月球。", ("敦州", EntityType.LOC), ("月球", EntityType.LOC)));
    }

    [Fact]
    public void A_longer_place_that_holds_one_stays()
    {
        Assert.Equal(["太阳岛 LOC"], Apply("游客在太阳岛赏雪。", ("太阳岛", EntityType.LOC)));
    }
}
