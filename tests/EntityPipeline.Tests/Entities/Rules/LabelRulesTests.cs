using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Tests.Entities.Rules;

public sealed class LabelRulesTests
{
    [Fact]
    public void Rule_lists_are_read_by_their_names()
    {
        Assert.Equal(LabelRules.PersonNames | LabelRules.DivisionChains, LabelRuleSet.Parse("person-names, division-chains"));
        Assert.Equal(LabelRules.All, LabelRuleSet.Parse("all"));
        Assert.Null(LabelRuleSet.Parse("names"));
        Assert.Null(LabelRuleSet.Parse("3")); // a number is no rule's name
    }

    [Fact]
    public void A_tagger_without_a_rule_emits_its_labels_as_decoded()
    {
        // Given the shipped-like model tags 王 before 某 alone (MSRA's convention), the person-name rule makes it 王某; without the rule it stays.
        var tagger = ShippedPipeline.Tagger;
        const string text = "犯罪嫌疑人王某已被抓获。";
        string Names(EntityTagger t)
        {
            var mentions = new List<Mention>();
            t.CreateSession().Tag(text, new SegmentationStage(t.Features.Segmentation), mentions);
            return string.Join(" ", mentions.Where(m => m.Type == EntityType.PER).Select(m => text[m.Start..m.End]));
        }
        Assert.Equal("王某", Names(tagger));
        Assert.Equal("王", Names(tagger.WithoutRules(LabelRules.PersonNames)));
    }

    [Fact]
    public void A_gloss_after_a_name_a_later_rule_made_is_the_same_entity()
    {
        // The known-companies rule tags the firm after the first gloss pass; the gloss is read again once every rule has run.
        Assert.Equal(["海康威视 ORG", "Hikvision ORG"], AllRules("安防摄像头来自海康威视（Hikvision）。"));
    }

    [Fact]
    public void A_Latin_name_listed_with_a_name_a_later_rule_made_is_of_its_type()
    {
        // The known-companies rule tags Gartner after the first list pass; the list is read again once every rule has run.
        Assert.Equal(["Gartner ORG", "Zentrix ORG"], AllRules("根据Gartner和Zentrix的数据，出货量回升。"));
    }

    /// <summary>The spans every default rule makes on a sentence no model tagged.</summary>
    private static string[] AllRules(string text)
    {
        var words = new List<Token>();
        new SegmentationStage(PosTagging.Lexicon).Segment(text, 0, words);
        var labels = new int[text.Length];
        LabelRuleSet.Apply(LabelRuleSet.Defaults, text, [.. words], 0, labels, labels.Length);
        return [.. BioesLabels.Spans(labels).Select(s => $"{text[s.Start..s.End]} {s.Type}")];
    }
}
