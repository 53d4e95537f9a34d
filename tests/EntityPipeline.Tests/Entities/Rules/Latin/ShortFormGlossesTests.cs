using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Latin;

namespace EntityPipeline.Tests.Entities.Rules.Latin;

public sealed class ShortFormGlossesTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => ShortFormGlosses.Tag(sentence, labels, length), text, tagged);

    [Fact]
    public void A_short_form_in_quotation_marks_opens_as_the_name_does()
    {
        Assert.Equal(["临川交响乐团 ORG", "临交 ORG"], Tag("临川交响乐团（“临交”）将赴外地巡演。", ("临川交响乐团", EntityType.ORG)));
        Assert.Equal(["南海区域合作联盟 ORG", "南盟 ORG"], Tag("南海区域合作联盟（南盟）峰会开幕。", ("南海区域合作联盟", EntityType.ORG)));
        // Not what the brackets hold when it abbreviates nothing before them: a place, a gloss.
        Assert.Equal(["临川交响乐团 ORG"], Tag("临川交响乐团（江北）昨日演出。", ("临川交响乐团", EntityType.ORG)));
        Assert.Equal(["临川交响乐团 ORG"], Tag("临川交响乐团（“交响”）昨日演出。", ("临川交响乐团", EntityType.ORG)));
    }

    [Fact]
    public void A_short_form_in_brackets_after_a_name_is_the_same_entity()
    {
        // The tagger ran the name into its short form.
        Assert.Equal(["中国钢铁工业协会 ORG", "中钢协 ORG"], Tag("中国钢铁工业协会（中钢协）统计显示。", ("中国钢铁工业协会（中钢协", EntityType.ORG)));
        // The bracket rule joined them as a name and a qualifier.
        Assert.Equal(["山东高速集团有限公司 ORG", "山东高速 ORG"],
            Tag("山东高速集团有限公司（山东高速）中标。", ("山东高速集团有限公司（山东高速）", EntityType.ORG)));
        // The tagger read the short form as a person, or left it.
        Assert.Equal(["中国铁建建工集团有限公司 ORG", "中铁建工 ORG"],
            Tag("中国铁建建工集团有限公司（中铁建工）表示。", ("中国铁建建工集团有限公司", EntityType.ORG), ("铁建工", EntityType.PER)));
        Assert.Equal(["北京大学 ORG", "北大 ORG"], Tag("北京大学（北大）招生。", ("北京大学", EntityType.ORG)));
    }

    [Fact]
    public void A_qualifier_or_a_word_not_taken_from_the_name_is_left_alone()
    {
        // A qualifier inside a name the bracket rule joined: the name goes on after the bracket.
        Assert.Equal(["上海华谊（集团）公司 ORG"], Tag("上海华谊（集团）公司成立。", ("上海华谊（集团）公司", EntityType.ORG)));
        // A region not taken from the name.
        Assert.Equal(["锦江酒店 ORG"], Tag("锦江酒店（中国区）宣布。", ("锦江酒店", EntityType.ORG)));
        // A short form that is not the name's: 央行 takes no character of 中国人民银行 in order.
        Assert.Equal(["中国人民银行 ORG"], Tag("中国人民银行（央行）宣布。", ("中国人民银行", EntityType.ORG)));
        // A person's name is no body's short form, and an untagged name has none.
        Assert.Equal(["张国庆 PER"], Tag("张国庆（国庆）说。", ("张国庆", EntityType.PER)));
        Assert.Empty(Tag("人工智能（智能）发展迅速。"));
    }

    [Fact]
    public void A_span_run_on_past_the_short_form_into_a_department_ends_with_the_short_form_on_the_last_run()
    {
        static string[] Last(string text, params (string, EntityType)[] tagged) =>
            LabelRuleHarness.Apply((sentence, _, _, labels, length) => ShortFormGlosses.Tag(sentence, labels, length, runOn: true), text, tagged);
        Assert.Equal(["宁川广告协会 ORG", "宁广协 ORG", "林明 PER"],
            Last("宁川广告协会（宁广协）法律事务部主任林明说。", ("宁川广告协会（宁广协）法律事务部", EntityType.ORG), ("林明", EntityType.PER)));
        Assert.Equal(["星河乳业有限公司 ORG", "星河乳业 ORG"], Last("星河乳业有限公司（星河乳业）质量部负责人说。", ("星河乳业有限公司（星河乳业）质量部", EntityType.ORG)));
        // A qualifier is no short form (上海华谊（集团）公司), and the first run leaves a span run on (山东港口）旗下威海港客运站: the
        // companies' rules cut 旗下 before the last run).
        Assert.Equal(["上海华谊（集团）公司 ORG"], Last("上海华谊（集团）公司发布公告。", ("上海华谊（集团）公司", EntityType.ORG)));
        Assert.Equal(["宁川广告协会（宁广协）法律事务部 ORG"], Tag("宁川广告协会（宁广协）法律事务部主任说。", ("宁川广告协会（宁广协）法律事务部", EntityType.ORG)));
    }
    private static string[] TagPairs(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => ShortFormGlosses.TagPairs(sentence, labels, length), text, tagged);

    [Fact]
    public void A_short_form_and_a_Latin_gloss_in_one_bracket_are_two_mentions_of_the_name()
    {
        Assert.Equal(["国际海洋气象协会 ORG", "海气协 ORG", "IMMA ORG"],
            TagPairs("国际海洋气象协会（海气协，IMMA）发布年报。", ("国际海洋气象协会", EntityType.ORG)));
        // Either order; a part the tagger read as a person takes the name's type.
        Assert.Equal(["南州港口管理局 ORG", "SPA ORG", "南港局 ORG"],
            TagPairs("南州港口管理局（SPA，南港局）宣布。", ("南州港口管理局", EntityType.ORG), ("南港局", EntityType.PER)));
        // Not a part that is no short form of the name, nor a bracket of three parts.
        Assert.Equal(["国际海洋气象协会 ORG"], TagPairs("国际海洋气象协会（去年成立，IMMA）发布年报。", ("国际海洋气象协会", EntityType.ORG)));
        Assert.Equal(["国际海洋气象协会 ORG"], TagPairs("国际海洋气象协会（海气协，IMMA，1990）发布年报。", ("国际海洋气象协会", EntityType.ORG)));
        // Nor after a person.
        Assert.Equal(["王海洋 PER"], TagPairs("王海洋（王洋，Wang）说。", ("王海洋", EntityType.PER)));
    }
}
