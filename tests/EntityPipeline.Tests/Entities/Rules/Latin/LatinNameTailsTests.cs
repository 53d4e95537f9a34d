using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Latin;

namespace EntityPipeline.Tests.Entities.Rules.Latin;

public sealed class LatinNameTailsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(LatinNameTails.Cut, text, tagged);

    [Fact]
    public void A_Latin_name_run_on_into_a_verb_ends_with_its_last_word()
    {
        Assert.Equal(["Brightway Energy ORG"], Apply("Brightway Energy宣布裁员。", ("Brightway Energy宣布", EntityType.ORG)));
    }

    [Fact]
    public void A_Latin_name_with_its_Han_part_stays_whole()
    {
        Assert.Equal(["Brightway Energy集团 ORG"], Apply("Brightway Energy集团宣布裁员。", ("Brightway Energy集团", EntityType.ORG)));
        Assert.Equal(["Sonar新能源 ORG"], Apply("Sonar新能源宣布裁员。", ("Sonar新能源", EntityType.ORG))); // one Latin word: not read
    }
}
