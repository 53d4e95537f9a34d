using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class BranchOfficesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BranchOffices.Join(t, labels, length), text, tagged);

    [Fact]
    public void A_branch_right_after_its_company_is_one_organisation_with_it()
    {
        Assert.Equal(["远山物流有限公司青川市分公司 ORG"],
            Apply("远山物流有限公司青川市分公司开通了新线路。", ("远山物流有限公司", EntityType.ORG), ("青川市分公司", EntityType.ORG)));
        Assert.Equal(["长河银行东港分行 ORG"], Apply("长河银行东港分行发放贷款。", ("长河银行", EntityType.ORG), ("东港分行", EntityType.ORG)));
    }

    [Fact]
    public void A_branch_after_a_place_or_a_word_and_a_bare_branch_word_are_left_alone()
    {
        Assert.Equal(["青川市 LOC", "东港分行 ORG"], Apply("青川市东港分行发放贷款。", ("青川市", EntityType.LOC), ("东港分行", EntityType.ORG)));
        Assert.Equal(["长河银行 ORG", "分行 ORG"], Apply("长河银行分行发放贷款。", ("长河银行", EntityType.ORG), ("分行", EntityType.ORG)));
        Assert.Equal(["长河银行 ORG", "东港分行 ORG"], Apply("长河银行与东港分行合作。", ("长河银行", EntityType.ORG), ("东港分行", EntityType.ORG)));
    }
}
