using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class YiNamesTests
{
    private static string[] Join(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => YiNames.Join(sentence, labels, length), text, tagged);

    [Fact]
    public void A_person_cut_one_short_after_a_yi_family_name_runs_on_over_its_fourth_character()
    {
        Assert.Equal(["吉克伍呷 PER"], Join("养蜂户吉克伍呷今年卖出蜂蜜三百斤。", ("吉克伍", EntityType.PER)));
        Assert.Equal(["阿苏拉作 PER"], Join("村医阿苏拉作每周进山巡诊。", ("阿苏拉", EntityType.PER)));
    }

    [Fact]
    public void Other_spans_and_other_characters_are_left()
    {
        Assert.Equal(["吉克伍 PER"], Join("养蜂户吉克伍说，今年花期早。", ("吉克伍", EntityType.PER))); // 说 ends the name
        Assert.Equal(["王小明 PER"], Join("村医王小明每周进山巡诊。", ("王小明", EntityType.PER))); // no Yi family name
        Assert.Equal(["吉克伍呷 PER"], Join("养蜂户吉克伍呷今年卖出蜂蜜。", ("吉克伍呷", EntityType.PER))); // whole already
        Assert.Equal(["阿苏拉 LOC"], Join("村医阿苏拉作每周进山巡诊。", ("阿苏拉", EntityType.LOC))); // only a person runs on
    }
}
