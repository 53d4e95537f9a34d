using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class HeadOfficesTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(HeadOffices.Cut, text, tagged);

    [Fact]
    public void A_place_after_在_or_a_firm_before_总部_is_no_headquarters()
    {
        Assert.Equal(["世卫组织 ORG", "日内瓦 LOC"], Tag("世卫组织在日内瓦总部召开会议。", ("世卫组织", EntityType.ORG), ("日内瓦总部", EntityType.ORG)));
        Assert.Equal(["汇川地产 ORG"], Tag("汇川地产总部设在深圳。", ("汇川地产总部", EntityType.ORG)));
    }

    [Fact]
    public void A_body_s_own_headquarters_stays_whole()
    {
        Assert.Equal(["联合国总部 ORG"], Tag("代表团抵达联合国总部。", ("联合国总部", EntityType.ORG)));
        Assert.Equal(["波音公司总部 ORG"], Tag("记者在波音公司总部采访。", ("波音公司总部", EntityType.ORG))); // MSRA tags it whole
        Assert.Equal(["日内瓦总部 ORG"], Tag("日内瓦总部发来通知。", ("日内瓦总部", EntityType.ORG))); // no 在: the body itself may be meant
    }
}
