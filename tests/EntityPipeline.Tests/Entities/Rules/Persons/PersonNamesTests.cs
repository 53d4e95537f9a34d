using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class PersonNamesTests
{
    /// <summary>The spans after the rule, given the strings the tagger tagged as persons (each at its first occurrence).</summary>
    private static string[] Apply(string text, params string[] tagged) =>
        LabelRuleHarness.Apply(PersonNames.Apply, text, [.. tagged.Select(t => (t, EntityType.PER))]);

    [Fact]
    public void An_anonymised_name_is_the_surname_with_its_mou()
    {
        // Tagged in MSRA's way (the surname alone) or not at all, 某 and 某某 join the surname.
        Assert.Equal(["王某某 PER", "李某 PER"], Apply("犯罪嫌疑人王某某在逃，其同伙李某已落网。", "王"));
        Assert.Equal(["钱某某 PER", "赵某 PER"], Apply("钱某某和赵某都来了。"));
        // 某 after a word that holds no surname is no name.
        Assert.Empty(Apply("空军某部和北京某报也到了。"));
        Assert.Empty(Apply("我和某某一起去。"));
        // jieba's 黄/a, and a surname jieba joined to the noun before it (犬主黄/x 某某).
        Assert.Equal(["黄某某 PER"], Apply("民警调解后，黄某某赔偿医疗费。"));
        Assert.Equal(["黄某某 PER"], Apply("犬主黄某某当即陪同她前往医院。", "黄"));
    }

    [Fact]
    public void A_title_after_a_surname_stays_outside_the_name()
    {
        Assert.Equal(["张 PER", "陈 PER"], Apply("受害人张女士说，她丈夫陈先生当天不在家。", "陈先生"));
        Assert.Equal(["李 PER", "刘 PER"], Apply("李老师和刘总出席了会议。", "李老师", "刘总"));
        Assert.Equal(["张三 PER"], Apply("张三主任说。", "张三主任"));
        Assert.Equal(["周 PER"], Apply("对方自称认识人社厅的周处长。", "周处")); // the tagger ran into the title
        Assert.Equal(["杨 PER"], Apply("报案人杨女士说，对方自称认识他。")); // jieba: 报案人 杨 女士; a name follows a noun for a person
        Assert.Equal(["卢 PER"], Apply("来自外地的游客卢女士说，景区很美。")); // 游客, 市民, 车主: nouns for a person too
        Assert.Equal(["杜 PER"], Apply("市民杜女士报警。"));
        Assert.Equal(["谭 PER"], Apply("市民谭女士说。")); // jieba: 谭/zg; before 女士, 先生 or 大爷 a surname is one whatever its tag
        Assert.Equal(["万 PER"], Apply("82岁老人万大爷成功实施手术。")); // jieba: 万/m
        Assert.Equal(["杨 PER"], Apply("有线索请联系杨女士。")); // after a noun (联系/n) too, before an address that says a person
        Assert.Equal(["蒙 PER"], Apply("来自钦州的工人蒙大姐说。")); // jieba: 蒙/v 大姐
        Assert.Equal(["段 PER"], Apply("老板段大哥是鹤庆人。")); // jieba: 段大哥/nr, one word
        Assert.Equal(["蒋 PER"], Apply("同事蒋哥说他老家在亳州。")); // jieba: 蒋哥/x
        Assert.Empty(Apply("他去了墨西哥和哥伦比亚。")); // 哥 inside a name is no address
        Assert.Equal(["倪 PER"], Apply("81岁的倪阿婆一早就来排队。", "倪阿婆")); // the south's 阿婆, 阿伯 as 大妈 and 大爷
        Assert.Equal(["王 PER"], Apply("村里的王大娘说。"));
        Assert.Equal(["谢 PER"], Apply("家住河边的谢婆婆说，", "谢婆婆")); // jieba: 谢/v 婆婆
    }

    [Fact]
    public void A_person_run_into_a_latin_word_keeps_the_chinese_name()
    {
        Assert.Equal(["陈苏丹 PER"], Apply("@陈苏丹sudan 转发了。", "陈苏丹sudan"));
        Assert.Equal(["嘉文 PER"], Apply("谢谢Begin嘉文的支持。", "Begin嘉文"));
        Assert.Equal(["C罗 PER"], Apply("C罗打进一球。", "C罗")); // one letter is part of the name
        Assert.Empty(Apply("先生请坐。", "先生")); // a title without a name is no name
    }

    [Fact]
    public void Words_that_only_look_like_a_surname_before_a_title_are_no_names()
    {
        Assert.Empty(Apply("这位女士说，各位先生请坐。")); // 位 is inside 这位, 各位
        Assert.Empty(Apply("和老师说了。")); // 和 is a conjunction
        Assert.Empty(Apply("原主任说。")); // 原 says "former"
        Assert.Empty(Apply("最多可减免班主任工作年限。")); // 班主任, a head teacher, is a common noun in jieba's dictionary
        Assert.Equal(["王强 PER"], Apply("教育部基础司副司长王强表示。", "王强")); // 司 ends the department's name
    }

    [Fact]
    public void A_doubled_given_name_joins_a_surname_tagged_alone()
    {
        Assert.Equal(["张欢欢 PER"], Apply("张欢欢来了。", "张"));
        Assert.Empty(Apply("张欢欢来了。")); // no tagged surname, no evidence
    }

    [Fact]
    public void A_name_after_a_noun_for_a_person_or_a_verb_takes_its_address()
    {
        Assert.Equal(["邹 PER"], Apply("退休教师邹女士早上就到了。"));
        Assert.Equal(["秦 PER"], Apply("家长秦女士说，孩子报考了。"));
        Assert.Equal(["尹 PER"], Apply("法院判决退还尹女士剩余费用。"));
    }

    [Fact]
    public void A_hyphenated_given_name_joins_the_transliterated_name()
    {
        Assert.Equal(["让-马克·杜兰 PER"], Apply("船东代表让-马克·杜兰说，订单已满。", "马克·杜兰"));
        Assert.Equal(["须小龙 PER"], Apply("大师-须小龙讲解。", "须小龙")); // a Chinese name after a hyphen
    }

    [Fact]
    public void A_handle_that_is_a_name_is_the_person()
    {
        static string[] Handles(string text, params string[] tagged) =>
            LabelRuleHarness.Apply((t, _, _, labels, length) => PersonNames.TagHandles(t, labels, length), text, [.. tagged.Select(n => (n, EntityType.PER))]);
        Assert.Equal(["高晓松 PER", "王冉 PER"], Handles("//@高晓松:说得好 //@王冉：同意"));
        Assert.Equal(["丁子高 PER"], Handles("转发@丁子高 的微博", "丁子")); // the whole handle
        Assert.Empty(Handles("@俞婕呢 你好")); // a particle ends no name
        Assert.Empty(Handles("@向前进军: 加油")); // four characters: a nickname
        Assert.Empty(Handles("@张小明同学: 加油")); // five
    }

    [Fact]
    public void A_name_cut_inside_jieba_s_word_of_three_runs_to_its_end_when_the_third_is_a_given_name_s_character()
    {
        Assert.Equal(["胡明轩 PER"], Apply("后卫胡明轩全场拿下26分。", "胡明")); // jieba: 胡明轩/x
        Assert.Equal(["陶晔 PER"], Apply("记者陶晔说，", "陶晔"));               // jieba: 陶晔说/x, and 说 is no given name's
    }

    [Fact]
    public void A_name_whose_last_character_jieba_joins_with_said_takes_it_in()
    {
        Assert.Equal(["柏若言 PER"], Apply("公司总经理柏若言说，销量还在涨。", "柏若")); // jieba: 柏若/x 言说/n
        Assert.Equal(["聂海文 PER"], Apply("园区主任聂海文说，园内有十只。", "聂海"));   // jieba: 文说/n
        Assert.Equal(["张明 PER"], Apply("张明还说，明年再来。", "张明"));             // an adverb before 说
        Assert.Equal(["王芳 PER"], Apply("王芳小说《远山》出版。", "王芳"));            // no quotation opens after it
    }

    [Fact]
    public void A_name_of_two_characters_before_he_and_a_verb_of_saying_takes_he_in()
    {
        Assert.Equal(["宋平和 PER"], Apply("来自新加坡的投资人宋平和表示，看好这里的营商环境。", "宋平"));
        Assert.Equal(["邝立和 PER"], Apply("交易所负责人邝立和3日说，已有多家机构报名。", "邝立"));
        // 和 joining two people, or before anything but a verb of saying, stays a conjunction.
        Assert.Equal(["宋平 PER", "李华 PER"], Apply("宋平和李华表示，看好这里。", "宋平", "李华"));
        Assert.Equal(["宋平 PER"], Apply("宋平和说唱歌手同台。", "宋平"));
        Assert.Equal(["宋平 PER"], Apply("宋平和3名同事说，看好这里。", "宋平"));
    }
}
