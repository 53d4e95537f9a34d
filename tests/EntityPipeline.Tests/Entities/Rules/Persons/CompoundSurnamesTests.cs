using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class CompoundSurnamesTests
{
    private static string[] Join(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => CompoundSurnames.Join(sentence, labels, length), text, tagged);

    [Fact]
    public void A_rare_compound_surname_tagged_alone_runs_on_over_its_given_name()
    {
        Assert.Equal(["澹台思远 PER"], Join("（记者澹台思远）本市今日降温。", ("澹台", EntityType.PER)));
    }

    [Fact]
    public void An_untagged_compound_surname_and_given_name_after_a_noun_for_a_person_is_a_person()
    {
        Assert.Equal(["申屠雨桐 PER"], Join("项目负责人申屠雨桐介绍了进度。"));
        Assert.Equal(["淳于晓川 PER"], Join("设计师淳于晓川说。"));
    }

    [Fact]
    public void Other_words_and_names_that_end_early_are_left()
    {
        Assert.Empty(Join("一位新闻人若有所思。")); // 新闻人
        Assert.Empty(Join("设计师淳于在家。")); // 在 ends the name
        Assert.Empty(Join("沿着欧阳路走。"));
    }
}
