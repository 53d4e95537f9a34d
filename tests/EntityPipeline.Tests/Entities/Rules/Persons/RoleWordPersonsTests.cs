using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class RoleWordPersonsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RoleWordPersons.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_role_s_last_character_is_no_part_of_the_name_after_it()
    {
        Assert.Equal(["王小明 PER"], Apply("水果批发商王小明说，今年价格平稳。", ("商王小明", EntityType.PER)));
        Assert.Equal(["马克·霍尔 PER"], Apply("公司首席技术官马克·霍尔介绍了新车。", ("官马克·霍尔", EntityType.PER)));
        Assert.Equal(["李春生 PER"], Apply("茶农李春生已经种了二十年茶。", ("农李春生", EntityType.PER)));
        Assert.Equal(["岩温罕 PER"], Apply("傣族木雕师岩温罕说，订单排到了年底。", ("师岩温罕", EntityType.PER)));
        Assert.Equal(["阿依古丽·买买提 PER"], Apply("刺绣师阿依古丽·买买提展示了新作。", ("师阿依古丽·买买提", EntityType.PER)));
    }

    [Fact]
    public void A_title_in_长_before_官_leaves_官_the_surname()
    {
        Assert.Equal(["官明远 PER"], Apply("协会秘书长官明远说，展会下月开幕。", ("官明远", EntityType.PER)));
        Assert.Equal(["官晓雯 PER"], Apply("商会会长官晓雯致辞。", ("官晓雯", EntityType.PER)));
        Assert.Equal(["李大成 PER"], Apply("韩国某部长官李大成访华。", ("官李大成", EntityType.PER))); // 部长官 is a minister
        Assert.Equal(["周文海 PER"], Apply("特区行政长官周文海出席。", ("官周文海", EntityType.PER)));
    }

    [Fact]
    public void A_role_noun_the_name_opens_with_whole_is_no_part_of_it()
    {
        Assert.Equal(["王春燕 PER"], Apply("村里的林农王春燕说，今年松苗长得好。", ("林农王春燕", EntityType.PER)));
        Assert.Equal(["赵立新 PER"], Apply("据木材商赵立新介绍，原木价格平稳。", ("木材商赵立新", EntityType.PER)));
        Assert.Equal(["林农 PER"], Apply("导演林农的作品。", ("林农", EntityType.PER))); // a name of two: no name would be left
        Assert.Equal(["华商明 PER"], Apply("记者华商明报道。", ("华商明", EntityType.PER))); // a name of one after the role is none
    }

    [Fact]
    public void Surnames_after_titles_and_other_mentions_stay()
    {
        Assert.Equal(["商明远 PER"], Apply("公司总经理商明远出席。", ("商明远", EntityType.PER))); // 理商 is no role
        Assert.Equal(["农德林 PER"], Apply("大会主席农德林致辞。", ("农德林", EntityType.PER)));
        Assert.Equal(["官子衿 PER"], Apply("通讯员官子衿报道。", ("官子衿", EntityType.PER)));
        Assert.Equal(["师长青 PER"], Apply("副主编师长青审稿。", ("师长青", EntityType.PER))); // 主编 is no practitioner's stem
        Assert.Equal(["商丘 LOC"], Apply("水果批发商丘城一带。", ("商丘", EntityType.LOC))); // no person
        Assert.Equal(["商明 PER"], Apply("批发商明说。", ("商明", EntityType.PER))); // too short a name left
    }

    private static string[] Join(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RoleWordPersons.JoinSurnames(t, labels, length), text, tagged);

    [Fact]
    public void A_given_name_after_a_noun_for_a_person_takes_in_the_surname_between()
    {
        Assert.Equal(["卜春燕 PER"], Join("果蔬种植户卜春燕今年换了新品种。", ("春燕", EntityType.PER)));
        Assert.Equal(["闵立贤 PER"], Join("当地茶商闵立贤说，销路不错。", ("立贤", EntityType.PER)));
        Assert.Equal(["伍桂兰 PER"], Join("投递员伍桂兰每天往返山路。", ("桂兰", EntityType.PER)));
    }

    [Fact]
    public void A_name_after_a_word_that_goes_on_or_a_function_word_stays()
    {
        Assert.Equal(["张明 PER"], Join("公司员工张明说，加班少了。", ("张明", EntityType.PER)));
        Assert.Equal(["岩叶 PER"], Join("水果商户岩叶说，生意好了。", ("岩叶", EntityType.PER)));
        Assert.Equal(["李明 PER"], Join("他看望了村民的李明一家。", ("李明", EntityType.PER)));
        Assert.Equal(["赵刚 PER"], Join("赵刚说，生意好了。", ("赵刚", EntityType.PER)));
    }
}
