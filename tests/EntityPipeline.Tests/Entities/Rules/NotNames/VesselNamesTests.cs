using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.NotNames;

namespace EntityPipeline.Tests.Entities.Rules.NotNames;

public sealed class VesselNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => VesselNames.Drop(t, labels, length), text, tagged);

    [Fact]
    public void A_quoted_name_a_designation_follows_is_no_entity()
    {
        Assert.Equal(["青岛 LOC"], Apply("“戚继光”舰昨日驶离青岛。", ("戚继光", EntityType.PER), ("青岛", EntityType.LOC)));
        Assert.Equal([], Apply("“东方红”号科考船返航。", ("东方红”号科考船", EntityType.ORG))); // run on past the quotation mark
        Assert.Equal([], Apply("机组采用“国和”一号技术。", ("国和", EntityType.ORG)));
        Assert.Equal([], Apply("卫星将搭乘“阿丽亚娜”-6火箭升空。", ("阿丽亚娜", EntityType.PER)));
    }

    [Fact]
    public void A_quoted_name_that_ends_in_its_number_is_no_entity()
    {
        Assert.Equal([], Apply("“黄海三号”沉船出水。", ("黄海", EntityType.LOC)));
        Assert.Equal([], Apply("“鲁班号”盾构机始发。", ("鲁班", EntityType.PER)));
    }

    [Fact]
    public void Other_quoted_names_stay()
    {
        Assert.Equal(["中国 LOC"], Apply("这里曾是“中国北方第一大票号”的总号。", ("中国", EntityType.LOC)));
        Assert.Equal(["中国天眼 LOC"], Apply("“中国天眼”发现新脉冲星。", ("中国天眼", EntityType.LOC)));
    }
}
