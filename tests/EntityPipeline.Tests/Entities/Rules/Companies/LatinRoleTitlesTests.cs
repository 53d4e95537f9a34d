using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class LatinRoleTitlesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => LatinRoleTitles.Cut(t, labels, length), text, tagged);

    [Fact]
    public void An_organisation_ends_before_a_Latin_title_after_it()
    {
        Assert.Equal(["蓝湾科技 ORG", "周远 PER"], Apply("蓝湾科技CEO周远表示。", ("蓝湾科技CEO", EntityType.ORG), ("周远", EntityType.PER)));
        Assert.Equal(["Brightway ORG"], Apply("Brightway CFO称，营收增长。", ("Brightway CFO", EntityType.ORG)));
    }

    [Fact]
    public void A_title_alone_is_no_organisation()
    {
        Assert.Empty(Apply("公司的CTO称，新芯片年底量产。", ("CTO", EntityType.ORG)));
    }

    [Fact]
    public void Capitals_inside_a_longer_Latin_name_stay()
    {
        Assert.Equal(["NEXCEO ORG"], Apply("NEXCEO发布新品。", ("NEXCEO", EntityType.ORG)));
        Assert.Equal(["蓝湾CEOS ORG"], Apply("蓝湾CEOS发布新品。", ("蓝湾CEOS", EntityType.ORG)));
    }
}
