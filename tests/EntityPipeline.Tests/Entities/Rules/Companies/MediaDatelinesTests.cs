using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class MediaDatelinesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => MediaDatelines.Tag(t, labels, length), text, tagged);

    [Fact]
    public void A_medium_s_dateline_names_the_medium()
    {
        Assert.Equal(["华西都市报 ORG"], Apply("华西都市报讯 昨日，成都降温。", ("华西", EntityType.LOC)));
        Assert.Equal(["搜狐财经 ORG"], Apply("搜狐财经讯 某公司昨日公告。", ("搜狐财经讯", EntityType.ORG)));
        Assert.Equal(["长江网 ORG"], Apply("长江网讯（记者 王明）昨日。"));
    }

    [Fact]
    public void A_place_s_dateline_is_a_place_and_the_paper_s_own_names_none()
    {
        Assert.Equal(["南宁 LOC"], Apply("南宁讯 昨日，南宁降温。"));
        Assert.Empty(Apply("本报讯 昨日，全市降温。"));
        Assert.Equal(["北京 LOC"], Apply("本报北京讯 昨日，全市降温。"));
        // A mention run on across the dateline's space starts again after it.
        Assert.Equal(["棹湾 LOC", "棹湾盐场 LOC"], Apply("本报棹湾讯 棹湾盐场今年收官。", ("棹湾讯 棹湾盐场", EntityType.LOC)));
        Assert.Equal(["合肥 LOC", "蜀山区 LOC"], Apply("合肥讯 蜀山区今年降温。", ("合肥讯 蜀山区", EntityType.LOC)));
        Assert.Equal(["通讯社 ORG"], Apply("他说通讯社 成立了。", ("通讯社", EntityType.ORG))); // no dateline
    }
}
