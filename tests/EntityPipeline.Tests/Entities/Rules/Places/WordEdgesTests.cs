using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Documents;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class WordEdgesTests
{
    private static string[] Mend(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(WordEdges.Mend, text, tagged);

    [Fact]
    public void A_listed_place_cut_inside_its_word_is_the_word()
    {
        Assert.Equal(["墨尔本 LOC"], Mend("代表团抵达墨尔本后参观了港口。", ("墨尔", EntityType.LOC))); // cut short
        Assert.Equal(["温哥华 LOC"], Mend("他在温哥华工作。", ("哥华", EntityType.LOC))); // first character left off
    }

    [Fact]
    public void Other_spans_and_unlisted_words_stay()
    {
        Assert.Equal(["墨尔本 LOC"], Mend("代表团抵达墨尔本后参观了港口。", ("墨尔本", EntityType.LOC)));
        Assert.Equal(["鹿特 PER"], Mend("货轮从鹿特丹出发。", ("鹿特", EntityType.PER))); // not a place
        Assert.Equal(["温 LOC", "哥 LOC"], Mend("他在温哥华工作。", ("温", EntityType.LOC), ("哥", EntityType.LOC))); // two places
    }
}
