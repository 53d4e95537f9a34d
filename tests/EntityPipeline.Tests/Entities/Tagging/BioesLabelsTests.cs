using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class BioesLabelsTests
{
    [Fact]
    public void Encoding_spans_and_reading_them_back_round_trips()
    {
        (int, int, EntityType)[] spans = [(0, 3, EntityType.PER), (4, 5, EntityType.LOC), (5, 9, EntityType.ORG)];
        var labels = new int[10];
        BioesLabels.Encode(spans, labels);
        Assert.Equal("B-PER I-PER E-PER O S-LOC B-ORG I-ORG I-ORG E-ORG O", string.Join(' ', labels.Select(BioesLabels.Name)));
        Assert.Equal(spans, BioesLabels.Spans(labels));
        // Where the span ending right before a position starts: none before 0, 4 (after an O) or 7 (inside a span).
        Assert.Equal([-1, 0, -1, 4, 5, -1], new[] { 0, 3, 4, 5, 9, 7 }.Select(at => BioesLabels.StartOfSpanEndingAt(labels, at)));
    }

    [Theory]
    [InlineData("B-PER", "I-PER", true)]
    [InlineData("B-PER", "E-PER", true)]
    [InlineData("B-PER", "E-LOC", false)] // type changes inside a span
    [InlineData("B-PER", "O", false)]     // span never closed
    [InlineData("E-PER", "B-LOC", true)]
    [InlineData("O", "I-ORG", false)]     // continuation without a start
    [InlineData("S-ORG", "S-ORG", true)]
    public void Transitions_follow_the_BIOES_grammar(string previous, string next, bool allowed)
    {
        int Find(string name) => Enumerable.Range(0, BioesLabels.Count).Single(y => BioesLabels.Name(y) == name);
        Assert.Equal(allowed, BioesLabels.CanFollow(Find(previous), Find(next)));
    }
}
