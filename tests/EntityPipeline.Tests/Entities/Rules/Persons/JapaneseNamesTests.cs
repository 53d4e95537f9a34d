using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class JapaneseNamesTests
{
    private static string[] Join(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => JapaneseNames.Join(sentence, labels, length), text, tagged);

    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => JapaneseNames.Tag(sentence, labels, length), text, tagged);

    [Fact]
    public void A_person_that_opens_inside_a_japanese_family_name_takes_its_first_character_in()
    {
        Assert.Equal(["藤井优斗 PER"], Join("日本工程师藤井优斗介绍了新设备。", ("井优斗", EntityType.PER)));
        Assert.Equal(["安藤雅也 PER"], Join("建筑师安藤雅也来到工地。", ("藤雅也", EntityType.PER)));
        Assert.Equal(["长谷川明 PER"], Join("导演长谷川明出席首映。", ("川明", EntityType.PER)));
    }

    [Fact]
    public void Other_persons_and_characters_before_them_are_left()
    {
        Assert.Equal(["田小军 PER"], Join("在和田小军见面。", ("田小军", EntityType.PER))); // 和田 is no listed family name
        Assert.Equal(["藤 LOC", "井优斗 PER"], Join("藤井优斗说。", ("藤", EntityType.LOC), ("井优斗", EntityType.PER)));
        Assert.Equal(["井口 LOC"], Join("藤井口岸。", ("井口", EntityType.LOC)));
    }

    [Fact]
    public void An_untagged_japanese_name_after_a_noun_for_a_person_is_a_person()
    {
        Assert.Equal(["松尾美智子 PER"], Tag("日本居民松尾美智子在公园散步。"));
        Assert.Equal(["菊地遥斗 PER"], Tag("交流团团员菊地遥斗与同学合影。"));
        Assert.Equal(["樱井春菜 PER"], Tag("日本樱井春菜说。"));
    }

    [Fact]
    public void A_family_name_with_no_person_before_it_or_a_word_after_it_is_left()
    {
        Assert.Empty(Tag("沿着松尾溪走了三里。"));
        Assert.Empty(Tag("游客松尾说今天天气好。")); // 说 ends the name: no given name
    }
}
