using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

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

    private static string[] Disciplines(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RoleFields.CutDisciplines(t, labels, length), text, tagged);

    [Fact]
    public void A_university_run_into_the_discipline_of_a_scholar_after_it_ends_at_its_name()
    {
        Assert.Equal(["宁川工业大学 ORG", "蒋林 PER"], Disciplines("宁川工业大学食品科学学者蒋林提醒。", ("宁川工业大学食品科学", EntityType.ORG), ("蒋林", EntityType.PER)));
        Assert.Equal(["东海大学 ORG"], Disciplines("东海大学兽医专业学生郭婷说。", ("东海大学兽医", EntityType.ORG)));
        Assert.Equal(["纽约大学 ORG"], Disciplines("纽约大学营销学教授丹尼尔说。", ("纽约大学营销学", EntityType.ORG)));
    }

    [Fact]
    public void A_unit_of_the_university_and_a_discipline_without_a_role_stay()
    {
        Assert.Equal(["清华大学计算机系 ORG"], Disciplines("清华大学计算机系教授黄明说。", ("清华大学计算机系", EntityType.ORG)));
        Assert.Equal(["宁川大学法学院 ORG"], Disciplines("宁川大学法学院教授李衡说。", ("宁川大学法学院", EntityType.ORG)));
        Assert.Equal(["加州大学伯克利分校 ORG"], Disciplines("加州大学伯克利分校教授说。", ("加州大学伯克利分校", EntityType.ORG)));
        Assert.Equal(["宁川大学食品科学 ORG"], Disciplines("宁川大学食品科学发展迅速。", ("宁川大学食品科学", EntityType.ORG))); // no role after
    }
}
