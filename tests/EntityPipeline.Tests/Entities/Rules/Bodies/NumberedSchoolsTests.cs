using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class NumberedSchoolsTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(NumberedSchools.Tag, text, tagged);

    [Fact]
    public void A_place_s_numbered_middle_school_is_an_organisation()
    {
        Assert.Equal(["赣州三中 ORG"], Tag("赣州三中的学生获奖。", ("赣州", EntityType.LOC)));
        Assert.Equal(["三河一中 ORG"], Tag("三河一中举行开学典礼。")); // jieba's place word the tagger left
    }

    [Fact]
    public void A_squad_or_a_number_without_a_place_is_left_alone()
    {
        Assert.Equal(["开原 LOC"], Tag("开原交警三中队出警。", ("开原", EntityType.LOC)));
        Assert.Empty(Tag("他考上了一中。"));
    }
}
