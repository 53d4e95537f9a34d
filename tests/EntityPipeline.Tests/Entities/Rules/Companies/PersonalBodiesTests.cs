using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class PersonalBodiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => PersonalBodies.Join(t, labels, length), text, tagged);

    [Fact]
    public void A_person_s_studio_or_fan_club_is_an_organisation_with_its_branch()
    {
        Assert.Equal(["王一鸣工作室 ORG"], Apply("王一鸣工作室发布声明。", ("王一鸣", EntityType.PER)));
        Assert.Equal(["林小溪官方后援会 ORG"], Apply("林小溪官方后援会组织捐款。", ("林小溪", EntityType.PER)));
        Assert.Equal(["林小溪全国后援会江苏分会 ORG"], Apply("感谢林小溪全国后援会江苏分会。", ("林小溪", EntityType.PER), ("江苏分会", EntityType.ORG)));
    }

    [Fact]
    public void A_person_without_such_a_body_or_a_body_already_tagged_is_left_alone()
    {
        Assert.Equal(["王一鸣 PER"], Apply("王一鸣在工作室里。", ("王一鸣", EntityType.PER)));
        Assert.Equal(["王一鸣 PER", "工作室 ORG"], Apply("王一鸣工作室发布声明。", ("王一鸣", EntityType.PER), ("工作室", EntityType.ORG)));
    }
}
