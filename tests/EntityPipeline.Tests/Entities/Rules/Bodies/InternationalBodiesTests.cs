using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class InternationalBodiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(InternationalBodies.Tag, text, tagged);

    [Fact]
    public void A_body_named_by_世界_or_国际_a_field_and_a_body_s_word_is_an_organisation()
    {
        Assert.Equal(["世界技能组织 ORG"], Apply("按世界技能组织的规则举行。"));
        Assert.Equal(["国际灌溉排水委员会 ORG"], Apply("这座古堰被国际灌溉排水委员会列入名录。"));
    }

    [Fact]
    public void A_bare_body_s_word_a_tagged_name_or_a_name_in_the_field_is_left_alone()
    {
        Assert.Equal([], Apply("多个国际组织参加了会议。")); // no field
        Assert.Equal(["国际奥委会 ORG"], Apply("国际奥委会主席表示。", ("国际奥委会", EntityType.ORG)));
        Assert.Equal(["北京 LOC"], Apply("国际北京组织委员会。", ("北京", EntityType.LOC)));
    }
}
