using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class RoleFieldsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RoleFields.Cut(t, labels, length), text, tagged);

    [Fact]
    public void The_field_a_role_is_over_is_no_organisation()
    {
        Assert.Equal([], Apply("该行行政总裁表示。", ("行政", EntityType.ORG)));
        Assert.Equal([], Apply("事务所税务合伙人认为。", ("税务", EntityType.ORG)));
        Assert.Equal([], Apply("集团海外业务负责人介绍。", ("海外业务", EntityType.ORG)));
        Assert.Equal(["星河科技 ORG"], Apply("星河科技法务负责人说。", ("星河科技法务", EntityType.ORG)));
        Assert.Equal(["星河科技 ORG"], Apply("星河科技海外业务负责人说。", ("星河科技海外业务", EntityType.ORG)));
    }

    [Fact]
    public void Fields_without_a_role_and_other_names_stay()
    {
        Assert.Equal(["国家税务 ORG"], Apply("国家税务总局发布公告。", ("国家税务", EntityType.ORG))); // no role after
        Assert.Equal(["星河科技 ORG"], Apply("星河科技负责人说。", ("星河科技", EntityType.ORG)));
        Assert.Equal(["海外业务 LOC"], Apply("海外业务负责人说。", ("海外业务", EntityType.LOC))); // no organisation
    }
}
