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

    private static string[] Mend(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, words, baseOffset, labels, length) => DottedNames.MendEdges(sentence, words, baseOffset, labels, length), text, tagged);

    [Fact]
    public void A_dotted_name_cut_inside_its_last_part_runs_on_to_it()
    {
        Assert.Equal(["叶尔肯·沙尔别克 PER"], Mend("牧区教师叶尔肯·沙尔别克录制了这段音频。", ("叶尔肯·沙尔", EntityType.PER)));
        Assert.Equal(["帕夫洛斯·乔治乌 PER"], Mend("港务局官员帕夫洛斯·乔治乌到码头参观。", ("帕夫洛斯·乔治", EntityType.PER)));
    }

    [Fact]
    public void A_role_character_before_or_a_home_after_a_dotted_name_is_left_out()
    {
        Assert.Equal(["阿米尔·哈桑 PER"], Mend("来自伊朗的地毯商阿米尔·哈桑说，销量翻了一番。", ("商阿米尔·哈桑", EntityType.PER)));
        Assert.Equal(["玛丽亚·洛佩斯 PER"], Mend("咖啡种植户玛丽亚·洛佩斯说。", ("户玛丽亚·洛佩斯", EntityType.PER)));
        Assert.Equal(["古丽巴哈·艾力 PER"], Mend("村民古丽巴哈·艾力家的院子里种满了葡萄。", ("古丽巴哈·艾力家", EntityType.PER)));
        Assert.Equal(["马克·布朗 PER"], Mend("乐队鼓手马克·布朗说，巡演很顺利。", ("手马克·布朗", EntityType.PER)));
    }

    [Fact]
    public void A_whole_dotted_name_before_a_word_is_left()
    {
        Assert.Equal(["费利佩·奥利维拉 PER"], Mend("前锋费利佩·奥利维拉赛后说，球队打得很好。", ("费利佩·奥利维拉", EntityType.PER)));
        Assert.Equal(["安娜·罗西 PER"], Mend("安娜·罗西夫人提议合影。", ("安娜·罗西", EntityType.PER)));
        Assert.Equal(["约翰·史密斯 PER"], Mend("约翰·史密斯连续三年来华。", ("约翰·史密斯", EntityType.PER)));
        Assert.Equal(["约翰·史密斯 PER"], Mend("约翰·史密斯说，方案已定稿。", ("约翰·史密斯", EntityType.PER)));
    }
}
