using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Brackets;

namespace EntityPipeline.Tests.Entities.Rules.Brackets;

public sealed class CrossedBracketsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CrossedBrackets.Split(t, labels, length), text, tagged);

    [Fact]
    public void A_body_run_into_its_bracketed_short_form_is_the_body_and_the_short_form()
    {
        Assert.Equal(["东海海洋观测研究中心 ORG", "海洋观测中心 ORG"],
            Apply("记者从东海海洋观测研究中心（海洋观测中心）获悉", ("东海海洋观测研究中心（海洋观测中心", EntityType.ORG)));
        Assert.Equal(["青川仪器计量研究院 ORG", "仪器三院 ORG"],
            Apply("标准由青川仪器计量研究院（仪器三院）牵头", ("青川仪器计量研究院（仪器三院", EntityType.ORG)));
    }

    [Fact]
    public void A_gloss_run_past_its_closing_bracket_keeps_what_the_bracket_closes()
    {
        Assert.Equal(["Blue Harbor Trust ORG"],
            Apply("蓝港基金会（Blue Harbor Trust）科学主任说", ("Blue Harbor Trust）科学", EntityType.ORG)));
    }

    [Fact]
    public void A_short_qualifier_a_pair_or_an_edge_stays()
    {
        // A bracketed place of two characters is a qualifier, not a short form.
        Assert.Equal(["青川师范大学（南屏 ORG"], Apply("青川师范大学（南屏）招生", ("青川师范大学（南屏", EntityType.ORG)));
        // A pair the span holds.
        Assert.Equal(["云帆科技（青川）有限公司 ORG"], Apply("云帆科技（青川）有限公司发布年报", ("云帆科技（青川）有限公司", EntityType.ORG)));
        // A bracket at the edge is PunctuationEdges'.
        Assert.Equal(["临川（ LOC"], Apply("临川（江西）", ("临川（", EntityType.LOC)));
    }
}
