using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class RoleQualifiersTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RoleQualifiers.Cut(t, labels, length), text, tagged);

    [Fact]
    public void An_organisation_ends_before_a_role_s_qualifier()
    {
        Assert.Equal(["默克 ORG"], Apply("默克高级副总裁到访。", ("默克高级", EntityType.ORG)));
        Assert.Equal(["蓝湾科技 ORG"], Apply("蓝湾科技联席首席执行官表示。", ("蓝湾科技联席", EntityType.ORG)));
        Assert.Equal(["远航物流 ORG"], Apply("远航物流董事总经理说，运力将增加一成。", ("远航物流董事", EntityType.ORG)));
    }

    [Fact]
    public void A_qualifier_alone_or_after_a_common_word_is_no_organisation()
    {
        Assert.Empty(Apply("轮值董事长在会上发言。", ("轮值", EntityType.ORG)));
        Assert.Empty(Apply("公司联席首席执行官表示。", ("公司联席", EntityType.ORG)));
    }

    [Fact]
    public void Without_a_role_after_it_a_name_stays()
    {
        Assert.Equal(["首都高级 ORG"], Apply("首都高级中学扩招。", ("首都高级", EntityType.ORG))); // no role follows
    }

    [Fact]
    public void The_firm_before_a_qualified_role_is_found_past_the_qualifier()
    {
        Assert.Equal(["蓝湾科技 ORG", "周远 PER"],
            LabelRuleHarness.Apply(RoleOrganisations.Apply, "会上，蓝湾科技联席首席执行官周远发言。", ("周远", EntityType.PER)));
    }
}
