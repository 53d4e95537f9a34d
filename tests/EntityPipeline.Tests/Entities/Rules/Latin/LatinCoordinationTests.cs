using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Latin;

namespace EntityPipeline.Tests.Entities.Rules.Latin;

public sealed class LatinCoordinationTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => LatinCoordination.Tag(sentence, labels, length), text, tagged);

    [Fact]
    public void A_latin_name_listed_with_a_mention_is_of_its_type()
    {
        Assert.Equal(["谷歌 ORG", "Dollar Tree ORG"], Tag("谷歌和Dollar Tree都发布了财报。", ("谷歌", EntityType.ORG)));
        Assert.Equal(["Palo Alto LOC", "旧金山 LOC"], Tag("他往返于Palo Alto与旧金山之间。", ("旧金山", EntityType.LOC)));
        Assert.Equal(["苹果 ORG", "Meta ORG", "Netflix ORG"], Tag("苹果、Meta和Netflix股价上涨。", ("苹果", EntityType.ORG))); // down the list
        Assert.Equal(["谷歌 ORG", "Area120 ORG"], Tag("谷歌和Area120合作。", ("谷歌", EntityType.ORG))); // digits end the word
        Assert.Equal(["马云 PER", "Jack Ma PER"], Tag("马云或Jack Ma出席。", ("马云", EntityType.PER)));
    }

    [Fact]
    public void Lower_case_words_tagged_text_and_other_joins_are_left_alone()
    {
        Assert.Equal(["华为 ORG"], Tag("华为和iPhone的对比。", ("华为", EntityType.ORG))); // not capitalised
        Assert.Equal(["谷歌 ORG", "Tesla PER"], Tag("谷歌和Tesla合作。", ("谷歌", EntityType.ORG), ("Tesla", EntityType.PER))); // the tagger's decision stands
        Assert.Equal(["谷歌 ORG"], Tag("谷歌推出了Gemini。", ("谷歌", EntityType.ORG))); // no conjunction
        Assert.Empty(Tag("他和Tom见面。")); // no mention beside it
    }
}
