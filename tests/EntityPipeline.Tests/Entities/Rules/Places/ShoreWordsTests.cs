using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class ShoreWordsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => ShoreWords.Drop(t, labels, length), text, tagged);

    [Fact]
    public void The_two_shores_alone_are_no_place()
    {
        Assert.Empty(Apply("两岸青年在营地结识。", ("两岸", EntityType.LOC)));
        Assert.Equal(["柳溪 LOC"], Apply("柳溪两岸新栽了桃树。", ("柳溪", EntityType.LOC), ("两岸", EntityType.LOC)));
    }

    [Fact]
    public void A_name_that_holds_the_shores_stays()
    {
        Assert.Equal(["海峡两岸青年联谊会 ORG"], Apply("海峡两岸青年联谊会昨日成立。", ("海峡两岸青年联谊会", EntityType.ORG)));
        Assert.Equal(["海峡两岸 LOC"], Apply("海峡两岸的画家合办展览。", ("海峡两岸", EntityType.LOC)));
    }
}
