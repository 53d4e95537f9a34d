using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class FoundingVerbsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(FoundingVerbs.Cut, text, tagged);

    [Fact]
    public void An_organisation_run_over_a_verb_of_setting_up_names_none()
    {
        Assert.Equal(["常州 LOC"], Apply("公司将在常州设立研发中心。", ("常州设立研发中心", EntityType.ORG))); // the place stays a place
        Assert.Empty(Apply("他们在那里设立研发中心。", ("那里设立研发中心", EntityType.ORG)));
        Assert.Equal(["成立委员会 ORG"], Apply("成立委员会负责此事。", ("成立委员会", EntityType.ORG))); // at its edge, not inside
    }
}
