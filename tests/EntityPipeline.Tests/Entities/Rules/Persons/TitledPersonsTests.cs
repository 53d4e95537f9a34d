using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class TitledPersonsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(TitledPersons.Tag, text, tagged);

    [Fact]
    public void An_untagged_name_between_a_role_and_a_verb_of_saying_is_a_person()
    {
        Assert.Equal(["付丰年 PER"], Apply("种粮大户付丰年说，今年麦子长得好。"));
        Assert.Equal(["冷思远 PER"], Apply("社科院研究员冷思远认为，消费会回暖。"));
        Assert.Equal(["海口 LOC", "全晓岚 PER"], Apply("海口代表处首席代表全晓岚表示，订单稳定。", ("海口", EntityType.LOC)));
    }

    [Fact]
    public void Phrases_and_tagged_names_in_that_place_stay()
    {
        Assert.Empty(Apply("市长高兴地说，工程提前完工。"));
        Assert.Empty(Apply("负责人向记者介绍了情况。"));
        Assert.Empty(Apply("总理曾多次表示，改革不会停。"));
        Assert.Equal(["王小明 PER"], Apply("研究员王小明说，数据可靠。", ("王小明", EntityType.PER)));
        Assert.Empty(Apply("我们关心的是什么说法。")); // no role before
    }
}
