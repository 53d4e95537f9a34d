using EntityPipeline.Documents;
using EntityPipeline.Training;
using EntityPipeline.Training.Corrections;

namespace EntityPipeline.Tests.Training;

public sealed class CorrectionSetTests
{
    [Fact]
    public void A_sentence_corrected_in_two_rounds_is_kept_once_as_the_first_listed_round_has_it()
    {
        // Given round 2 (listed first) re-typing 华为 in a sentence round 1 had corrected too, and a sentence of its own
        var round1 = new CorrectionSet([Sentence("a.txt", "华为在南京设厂。", (0, 2, EntityType.ORG)), Sentence("a.txt", "南京很美。", (0, 2, EntityType.LOC))],
            ["round1/review.xlsx"], 1, 2);
        var round2 = new CorrectionSet([Sentence("a.txt", "华为在南京设厂。", (0, 2, EntityType.ORG), (3, 5, EntityType.LOC))],
            ["round2/review.xlsx"], 1, 2);

        var both = CorrectionSet.Combine([round2, round1]);

        Assert.Equal(["华为在南京设厂。", "南京很美。"], both.Examples.Select(e => e.Text));
        Assert.Equal(2, both.Examples[0].Entities.Length);                     // round 2's labels
        Assert.Equal((1, 3), (both.Documents, both.Entities));
        Assert.Equal(["round2/review.xlsx", "round1/review.xlsx"], both.Files);
    }

    private static AnnotatedSentence Sentence(string doc, string text, params (int Start, int End, EntityType Type)[] spans) =>
        new(text, [.. spans.Select(s => new EntitySpan(s.Start, s.End, s.Type))], DocumentId: doc);
}
