using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.NotNames;

namespace EntityPipeline.Tests.Entities.Rules.NotNames;

public sealed class StormNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => StormNames.Drop(t, labels, length), text, tagged);

    [Fact]
    public void A_storm_s_quoted_name_is_no_entity()
    {
        Assert.Equal(["广东 LOC"], Apply("台风“白鹭”在广东登陆。", ("白", EntityType.PER), ("广东", EntityType.LOC)));
        Assert.Equal([], Apply("超强台风“海葵”中心已进入南海。", ("海葵”中心", EntityType.ORG))); // run on past the quotation mark
        Assert.Equal(["王艾达 PER"], Apply("飓风“艾达”过后，王艾达说。", ("艾达”过后", EntityType.LOC), ("王艾达", EntityType.PER))); // only inside the marks
    }

    [Fact]
    public void Other_quoted_names_stay()
    {
        Assert.Equal(["长江 LOC"], Apply("“长江”号抵港。", ("长江", EntityType.LOC)));
        Assert.Equal(["鸿远 ORG"], Apply("台风过后，“鸿远”公司复工。", ("鸿远", EntityType.ORG)));
    }
}
