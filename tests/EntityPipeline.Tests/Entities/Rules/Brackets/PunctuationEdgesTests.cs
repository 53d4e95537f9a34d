using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Brackets;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.Brackets;

public sealed class PunctuationEdgesTests
{
    private static string[] Apply(string text, string tagged, EntityType type)
    {
        var labels = new int[text.Length];
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        BioesLabels.Mark(labels, start, start + tagged.Length, type);
        PunctuationEdges.Trim(text, labels, labels.Length);
        return [.. BioesLabels.Spans(labels).Select(s => $"{text[s.Start..s.End]} {s.Type}")];
    }

    [Fact]
    public void A_bracket_or_quotation_mark_a_name_does_not_pair_is_cut_off()
    {
        Assert.Equal(["周岚 PER"], Apply("（周岚）", "周岚）", EntityType.PER)); // a byline run into its closing bracket
        Assert.Equal(["Northwind Labs ORG"], Apply("诺思维德实验室（Northwind Labs）宣布", "Northwind Labs）", EntityType.ORG));
        Assert.Equal(["云帆集团 ORG"], Apply("【云帆集团发布年报】", "【云帆集团", EntityType.ORG)); // a headline's bracket
        Assert.Equal(["青禾苑 LOC"], Apply("入住“青禾苑”小区", "“青禾苑", EntityType.LOC));
        Assert.Equal(["滨江日报 ORG"], Apply("据《滨江日报》报道", "滨江日报》", EntityType.ORG));
        Assert.Equal(["临川 LOC"], Apply("临川（江西）", "临川（", EntityType.LOC)); // an opening bracket at the end
    }

    [Fact]
    public void A_pair_the_name_holds_stays()
    {
        Assert.Equal(["“远航”号 LOC"], Apply("“远航”号空间站", "“远航”号", EntityType.LOC));
        Assert.Equal(["明川科技（香港）有限公司 ORG"], Apply("明川科技（香港）有限公司成立", "明川科技（香港）有限公司", EntityType.ORG));
        Assert.Equal(["《滨江日报》 ORG"], Apply("《滨江日报》刊文", "《滨江日报》", EntityType.ORG));
    }

    [Fact]
    public void A_name_of_marks_alone_is_dropped()
    {
        Assert.Empty(Apply("（李）", "）", EntityType.PER));
    }
}
