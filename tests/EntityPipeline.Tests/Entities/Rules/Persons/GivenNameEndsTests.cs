using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class GivenNameEndsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(GivenNameEnds.Join, text, tagged);

    [Fact]
    public void A_name_cut_before_its_last_character_takes_it_in()
    {
        Assert.Equal(["王阿福 PER"], Apply("果农王阿福在山上种了三十亩橘子。", ("王阿", EntityType.PER)));
        Assert.Equal(["孙秋来 PER"], Apply("合作社理事长孙秋来说，今年收成不错。", ("孙秋", EntityType.PER)));
    }

    [Fact]
    public void Function_words_and_words_after_a_name_of_two_stay_out()
    {
        Assert.Equal(["王刚 PER"], Apply("王刚也在现场。", ("王刚", EntityType.PER)));
        Assert.Equal(["李强 PER"], Apply("李强则说，他不同意。", ("李强", EntityType.PER)));
        Assert.Equal(["张伟 PER"], Apply("对于张伟来说，这是第一次。", ("张伟", EntityType.PER)));
        Assert.Equal(["陈明 PER"], Apply("陈明代表全体员工发言。", ("陈明", EntityType.PER)));
    }
}
