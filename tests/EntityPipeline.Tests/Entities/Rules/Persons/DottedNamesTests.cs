using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class DottedNamesTests
{
    private static string[] Join(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => DottedNames.Join(sentence, labels, length), text, tagged);

    [Fact]
    public void Two_persons_that_touch_are_one_when_either_holds_a_dot()
    {
        Assert.Equal(["卡洛斯·费尔南德斯 PER"], Join("西班牙建筑师卡洛斯·费尔南德斯说，方案已定稿。",
            ("卡洛斯·费尔南", EntityType.PER), ("德斯", EntityType.PER)));
        Assert.Equal(["努尔江·艾则孜 PER"], Join("牧民努尔江·艾则孜说，草场长势好。", ("努尔", EntityType.PER), ("江·艾则孜", EntityType.PER)));
    }

    [Fact]
    public void Persons_apart_undotted_or_behind_a_role_are_left()
    {
        Assert.Equal(["王明 PER", "李华 PER"], Join("王明李华都来了。", ("王明", EntityType.PER), ("李华", EntityType.PER))); // no dot
        Assert.Equal(["约翰·史密斯 PER", "李华 PER"], Join("约翰·史密斯、李华都来了。", ("约翰·史密斯", EntityType.PER), ("李华", EntityType.PER)));
        Assert.Equal(["香料商 PER", "阿卜杜拉·哈桑 PER"], Join("香料商阿卜杜拉·哈桑说。", ("香料商", EntityType.PER), ("阿卜杜拉·哈桑", EntityType.PER))); // a role
        Assert.Equal(["翡翠 PER", "商阿卜杜拉·哈桑 PER"], Join("翡翠商阿卜杜拉·哈桑说。", ("翡翠", EntityType.PER), ("商阿卜杜拉·哈桑", EntityType.PER)));
        Assert.Equal(["约翰·史密斯 PER", "伦敦 LOC"], Join("约翰·史密斯伦敦来信。", ("约翰·史密斯", EntityType.PER), ("伦敦", EntityType.LOC))); // persons only
    }
}
