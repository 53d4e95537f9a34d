using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class MongolianNamesTests
{
    private static string[] Join(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => MongolianNames.Join(sentence, labels, length), text, tagged);

    [Fact]
    public void A_person_cut_before_a_mongolian_element_runs_on_over_it()
    {
        Assert.Equal(["阿拉坦其其格 PER"], Join("牧民阿拉坦其其格说，今年羊价不错。", ("阿拉坦", EntityType.PER)));
        Assert.Equal(["宝音毕力格 PER"], Join("通讯员宝音毕力格报道。", ("宝音", EntityType.PER)));
    }

    [Fact]
    public void Other_spans_and_other_words_are_left()
    {
        Assert.Equal(["王明 PER"], Join("王明高兴地说。", ("王明", EntityType.PER)));
        Assert.Equal(["阿拉坦 PER", "其其格 LOC"], Join("阿拉坦其其格说。", ("阿拉坦", EntityType.PER), ("其其格", EntityType.LOC))); // the element tagged as something else
        Assert.Equal(["锡林郭勒 LOC"], Join("锡林郭勒其其格说。", ("锡林郭勒", EntityType.LOC))); // only a person runs on
    }
}
