using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Latin;

namespace EntityPipeline.Tests.Entities.Rules.Latin;

public sealed class LatinGlossesTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => LatinGlosses.Tag(sentence, labels, length), text, tagged);

    [Fact]
    public void A_latin_name_in_brackets_after_a_mention_is_the_same_entity()
    {
        Assert.Equal(["库克 PER", "Tim Cook PER"], Tag("库克（Tim Cook）表示。", ("库克", EntityType.PER)));
        Assert.Equal(["世界卫生组织 ORG", "WHO ORG"], Tag("世界卫生组织(WHO)发布指南。", ("世界卫生组织", EntityType.ORG)));
        Assert.Equal(["强生 ORG", "Johnson & Johnson ORG"], Tag("强生（ Johnson & Johnson ）宣布。", ("强生", EntityType.ORG))); // spaces inside stay out
    }

    [Fact]
    public void A_person_glossed_by_one_latin_word_is_a_firm()
    {
        Assert.Equal(["欧拓 ORG", "Autora ORG"], Tag("欧拓（Autora）宣布扩产。", ("欧拓", EntityType.PER)));
        Assert.Equal(["维斯塔 ORG", "VSTA ORG"], Tag("维斯塔（VSTA）在上海设厂。", ("维斯塔", EntityType.PER), ("VSTA", EntityType.PER)));
        // A person's given name and surname, and a common word in lower case, leave the person.
        Assert.Equal(["马丁 PER", "Anna Martin PER"], Tag("马丁（Anna Martin）说。", ("马丁", EntityType.PER)));
        Assert.Equal(["林小东 PER", "blog PER"], Tag("林小东（blog）写道。", ("林小东", EntityType.PER)));
    }

    [Fact]
    public void Other_brackets_and_tagged_glosses_are_left_alone()
    {
        Assert.Equal(["腾讯 ORG"], Tag("腾讯（00700.HK）股价上涨。", ("腾讯", EntityType.ORG))); // a stock code names no one
        Assert.Equal(["新纶科技 ORG"], Tag("新纶科技（香港）有限公司。", ("新纶科技", EntityType.ORG))); // no Latin letters
        Assert.Empty(Tag("人工智能（AI）发展迅速。")); // no mention before the bracket
        Assert.Equal(["特斯拉 ORG", "Tesla ORG"], Tag("特斯拉（Tesla）建厂。", ("特斯拉", EntityType.ORG), ("Tesla", EntityType.PER))); // the name's type
        Assert.Equal(["苏敏 ORG", "Grace Su PER"], Tag("苏敏（Grace Su）表示。", ("苏敏", EntityType.ORG), ("Grace Su", EntityType.PER))); // a person's shape stands
        Assert.Equal(["库克 PER"], Tag("库克（Tim Cook表示。", ("库克", EntityType.PER))); // unclosed
    }

    [Fact]
    public void A_mention_run_into_its_gloss_ends_before_the_bracket()
    {
        Assert.Equal(["宁波诺丁汉大学 ORG", "University of Nottingham Ningbo China ORG"],
            Tag("宁波诺丁汉大学（University of Nottingham Ningbo China）成立。", ("宁波诺丁汉大学（University of Nottingham Ningbo China）", EntityType.ORG)));
        // The tagger stopped inside the gloss: the mention still ends at the bracket, and the closed gloss is its own.
        Assert.Equal(["莱斯特大学 ORG", "University of Leicester ORG"],
            Tag("莱斯特大学（University of Leicester）参与。", ("莱斯特大学（University of", EntityType.ORG)));
        // A Han qualifier in the bracket is part of the name (BracketedNames).
        Assert.Equal(["锦江酒店（中国区） ORG"], Tag("锦江酒店（中国区）表示。", ("锦江酒店（中国区）", EntityType.ORG)));
    }

    [Fact]
    public void A_gloss_with_accented_letters_is_a_gloss()
    {
        Assert.Equal(["若泽·索萨 PER", "José Sousa PER"], Tag("若泽·索萨（José Sousa）说。", ("若泽·索萨", EntityType.PER), ("José Sousa", EntityType.ORG)));
        Assert.Equal(["米勒设计 ORG", "Müller Design ORG"], Tag("米勒设计（Müller Design）中标。", ("米勒设计", EntityType.ORG)));
    }

    [Fact]
    public void A_gloss_tagged_in_part_with_the_names_type_is_the_name_whole()
    {
        Assert.Equal(["安娜·马丁 PER", "Anna Martin PER"], Tag("安娜·马丁（Anna Martin）说。", ("安娜·马丁", EntityType.PER), ("Martin", EntityType.PER)));
        Assert.Equal(["国际电工协会 ORG", "IEAC ORG"], Tag("国际电工协会（IEAC）发布标准。", ("国际电工协会", EntityType.ORG), ("IE", EntityType.ORG)));
        // A part of another type is left: the tagger saw something else there.
        Assert.Equal(["安娜·马丁 PER", "Martin LOC"], Tag("安娜·马丁（Anna Martin）说。", ("安娜·马丁", EntityType.PER), ("Martin", EntityType.LOC)));
    }
}
