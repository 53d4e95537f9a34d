using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class UntaggedDivisionsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(UntaggedDivisions.Tag, text, tagged);

    [Fact]
    public void A_district_jieba_reads_as_a_place_name_is_a_place()
    {
        Assert.Equal(["滨海区 LOC"], Apply("今天，滨海区新开学校五所。"));
    }

    [Fact]
    public void A_kind_of_place_or_a_word_the_tagger_began_is_left()
    {
        Assert.Empty(Apply("大中城市房价平稳。"));
        Assert.Empty(Apply("老城区道路狭窄。"));
        Assert.Equal(["滨海 LOC"], Apply("今天，滨海区新开学校五所。", ("滨海", EntityType.LOC)));
    }
}
