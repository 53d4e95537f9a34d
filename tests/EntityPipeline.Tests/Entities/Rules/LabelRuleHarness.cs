using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Tests.Entities.Rules;

/// <summary>Runs one rule on the labels of a sentence segmented by jieba, as the tagging session does.</summary>
internal static class LabelRuleHarness
{
    private static readonly SegmentationStage Segmenter = new(PosTagging.Lexicon);

    public delegate void Rule(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length);

    /// <summary>The spans after <paramref name="rule"/> as "text TYPE", given the spans the tagger found (each string at its first occurrence).</summary>
    public static string[] Apply(Rule rule, string text, params (string Text, EntityType Type)[] tagged)
    {
        var words = new List<Token>();
        Segmenter.Segment(text, 0, words);
        var labels = new int[text.Length];
        BioesLabels.Encode(tagged.Select(t => text.IndexOf(t.Text, StringComparison.Ordinal)).Zip(tagged, (start, t) => (start, start + t.Text.Length, t.Type))
            .OrderBy(s => s.start), labels);
        rule(text, [.. words], 0, labels, labels.Length);
        return [.. BioesLabels.Spans(labels).Select(s => $"{text[s.Start..s.End]} {s.Type}")];
    }
}
