using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class DepartmentNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(DepartmentNames.Cut, text, tagged);

    [Fact]
    public void An_organisation_stops_before_its_department()
    {
        Assert.Equal(["江汽集团 ORG"], Apply("他曾任江汽集团人事部经理。", ("江汽集团人事部", EntityType.ORG)));
        Assert.Equal(["东方化工有限公司 ORG"], Apply("现任东方化工有限公司市场营销部经理。", ("东方化工有限公司市场营销部", EntityType.ORG)));
        Assert.Equal(["北方钢铁集团 ORG"], Apply("北方钢铁集团团委书记。", ("北方钢铁集团团委", EntityType.ORG)));
        Assert.Equal(["长青实业股份有限公司 ORG"], Apply("长青实业股份有限公司董事会秘书。", ("长青实业股份有限公司董事会", EntityType.ORG)));
    }

    [Fact]
    public void Branches_words_that_are_no_department_and_departments_alone_stay()
    {
        Assert.Equal(["华为技术有限公司西班牙代表处 ORG"], Apply("华为技术有限公司西班牙代表处成立。", ("华为技术有限公司西班牙代表处", EntityType.ORG)));
        Assert.Equal(["远洋航运集团总部 ORG"], Apply("远洋航运集团总部迁址。", ("远洋航运集团总部", EntityType.ORG)));
        Assert.Equal(["人事部 ORG"], Apply("人事部发布通知。", ("人事部", EntityType.ORG)));
        Assert.Equal(["平安寿险市场部 ORG"], Apply("平安寿险市场部经理。", ("平安寿险市场部", EntityType.ORG))); // 寿险 ends no organisation
        Assert.Equal(["电子监察部（审计部）一处 ORG"], Apply("电子监察部（审计部）一处处长。", ("电子监察部（审计部）一处", EntityType.ORG)));
        Assert.Equal(["北京 LOC"], Apply("北京人事部。", ("北京", EntityType.LOC)));
    }
}
