using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

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
    }

    [Fact]
    public void Places_before_总部_without_在_are_the_places_alone()
    {
        Assert.Equal(["苏州 LOC"], Tag("这批零件将运回苏州总部检测。", ("苏州总部", EntityType.ORG)));
        Assert.Equal(["浙江 LOC", "湖州 LOC"], Tag("样品已送往浙江湖州总部化验。", ("浙江湖州总部", EntityType.ORG)));
        Assert.Equal(["法国 LOC", "图卢兹 LOC"], Tag("法国图卢兹总部的工程师也来了。", ("法国图卢兹总部", EntityType.ORG)));
        Assert.Equal(["华南 LOC"], Tag("银行在广州设立华南区域总部。", ("华南区域总部", EntityType.ORG)));
        Assert.Equal(["日内瓦总部办公室 ORG"], Tag("日内瓦总部办公室发来通知。", ("日内瓦总部办公室", EntityType.ORG))); // not at the end
    }

    [Fact]
    public void A_firm_by_its_registered_name_or_known_before_总部_is_the_firm()
    {
        Assert.Equal(["华远精工机械有限公司 ORG"], Tag("华远精工机械有限公司总部迁往合肥。", ("华远精工机械有限公司总部", EntityType.ORG)));
        Assert.Equal(["比亚迪 ORG"], Tag("记者走进比亚迪总部。", ("比亚迪总部", EntityType.ORG)));
    }
}
