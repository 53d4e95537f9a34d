using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class EconomicRegionsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => EconomicRegions.Tag(t, labels, length), text, tagged);

    [Fact]
    public void An_economic_region_untagged_or_cut_is_one_place()
    {
        Assert.Equal(["珠三角 LOC"], Apply("这批货物将运往珠三角。"));
        Assert.Equal(["大湾区 LOC"], Apply("新学院服务大湾区企业。", ("大湾", EntityType.LOC)));
        Assert.Equal(["长三角 LOC", "京津冀 LOC"], Apply("长三角和京津冀都在发展。"));
        Assert.Equal(["粤港澳大湾区 LOC"], Apply("粤港澳大湾区建设提速。"));
    }

    [Fact]
    public void A_region_inside_a_name_the_tagger_found_is_left_to_it()
    {
        Assert.Equal(["长三角创新园 LOC"], Apply("长三角创新园开园。", ("长三角创新园", EntityType.LOC)));
        Assert.Equal(["长三角研究中心 ORG"], Apply("长三角研究中心发布报告。", ("长三角研究中心", EntityType.ORG)));
    }
}
