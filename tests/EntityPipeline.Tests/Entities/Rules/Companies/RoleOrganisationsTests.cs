using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class RoleOrganisationsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(RoleOrganisations.Apply, text, tagged);

    [Fact]
    public void A_name_before_a_company_role_and_its_holder_is_an_organisation()
    {
        Assert.Equal(["比亚迪 ORG", "王传福 PER"], Apply("仪式上，比亚迪董事长王传福致辞。", ("比亚迪", EntityType.PER), ("王传福", EntityType.PER)));
        Assert.Equal(["红塔集团 ORG", "李明 PER"], Apply("红塔集团原董事长李明出席。", ("李明", EntityType.PER))); // 原 stays out
    }

    [Fact]
    public void Common_nouns_places_and_roles_without_a_person_are_left_alone()
    {
        Assert.Equal(["王强 PER"], Apply("公司董事长王强说。", ("王强", EntityType.PER)));
        Assert.Equal(["上海 LOC", "王强 PER"], Apply("他说，上海负责人王强到场。", ("上海", EntityType.LOC), ("王强", EntityType.PER)));
        Assert.Empty(Apply("比亚迪董事长出席。")); // no holder named
        Assert.Equal(["新华社 ORG", "张三 PER"], Apply("新华社记者张三报道。", ("新华社", EntityType.ORG), ("张三", EntityType.PER)));
    }
}
