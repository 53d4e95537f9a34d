using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class EmbassiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => Embassies.Join(t, labels, length), text, tagged);

    [Fact]
    public void A_country_s_mission_is_one_organisation_through_its_office()
    {
        Assert.Equal(["新西兰驻华大使馆 ORG"], Apply("新西兰驻华大使馆举行招待会。", ("新西兰", EntityType.LOC), ("华", EntityType.LOC), ("大使馆", EntityType.LOC)));
        Assert.Equal(["中国驻纽约总领事馆 ORG"], Apply("中国驻纽约总领事馆提醒。", ("中国", EntityType.LOC), ("纽约", EntityType.LOC)));
        Assert.Equal(["中国 LOC", "纽约 LOC"], Apply("中国驻纽约记者报道。", ("中国", EntityType.LOC), ("纽约", EntityType.LOC))); // no office
        Assert.Equal(["中国 LOC", "王平 PER"], Apply("中国驻王平大使馆。", ("中国", EntityType.LOC), ("王平", EntityType.PER))); // a person between
    }
}
