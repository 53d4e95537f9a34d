using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class GridCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => GridCompanies.Tag(t, labels, length), text, tagged);

    [Fact]
    public void The_State_Grid_s_provincial_company_is_one_organisation()
    {
        Assert.Equal(["国网湖北电力 ORG"], Apply("国网湖北电力出动抢修队伍。", ("湖北", EntityType.LOC)));
        Assert.Equal(["国网湖北省电力有限公司 ORG"], Apply("国网湖北省电力有限公司发布通知。", ("湖北省", EntityType.LOC)));
        Assert.Equal(["国网湖北省电力公司 ORG"], Apply("由国网湖北省电力公司供电。", ("湖北省电力公司", EntityType.ORG))); // found without 国网
    }

    [Fact]
    public void Other_words_after_国网_are_left_alone()
    {
        Assert.Equal(["湖北 LOC"], Apply("国网湖北分部发布通知。", ("湖北", EntityType.LOC)));
        Assert.Equal(["湖北省分部 ORG"], Apply("国网湖北省分部发布通知。", ("湖北省分部", EntityType.ORG))); // no 电力 in it
        Assert.Equal(["国网湖北电力 ORG"], Apply("国网湖北电力发布通知。", ("国网湖北电力", EntityType.ORG)));
    }
}
