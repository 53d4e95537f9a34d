using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class BorderStationsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BorderStations.Retype(t, labels, length), text, tagged);

    [Fact]
    public void A_border_inspection_station_is_a_body_with_its_city()
    {
        Assert.Equal(["广州边检总站 ORG"], Apply("广州边检总站发布提示。", ("广州", EntityType.LOC), ("边检总站", EntityType.LOC)));
        Assert.Equal(["青岛出入境边防检查站 ORG"], Apply("青岛出入境边防检查站验放旅客。", ("青岛", EntityType.LOC), ("出入境边防检查站", EntityType.LOC)));
        Assert.Equal(["东港机场边检站 ORG"], Apply("东港机场边检站增开通道。", ("东港机场边检站", EntityType.LOC)));
    }

    [Fact]
    public void Other_stations_and_places_stay()
    {
        Assert.Equal(["广州 LOC", "广州南站 LOC"], Apply("从广州到广州南站。", ("广州", EntityType.LOC), ("广州南站", EntityType.LOC)));
        Assert.Equal(["星海 LOC", "边检站 ORG"], Apply("星海路边检站执勤。", ("星海", EntityType.LOC), ("边检站", EntityType.LOC))); // not adjacent
    }
}
