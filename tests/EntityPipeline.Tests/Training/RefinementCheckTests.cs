using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// Whether a refinement is kept (<see cref="RefinementCheck"/>): its folds, each decoded as chosen on the others, against the base
/// model on the same held-out corrections. The corrections here are the tiny tagger's own output at an O bias of −3, the base
/// model the tagger at 0; the "refinement" returns the tagger, and the decoding decides how close it comes to the corrections.
/// </summary>
public sealed class RefinementCheckTests
{
    private static readonly EntityTagger Tagger = TrainedTinyTagger.Value;

    private static List<AnnotatedSentence> Corrections()
    {
        var biased = Tagger.WithOutsideBias(-3);
        var segmentation = new SegmentationStage(Tagger.Features.Segmentation);
        return [.. TinyCorpus.HeldOut().Select((s, i) =>
        {
            var mentions = new List<Mention>();
            biased.CreateSession().Tag(s.Text, segmentation, mentions);
            return new AnnotatedSentence(s.Text, [.. mentions.Select(m => new EntitySpan(m.Start, m.End, m.Type))], Weight: 10, DocumentId: $"doc{i}");
        })];
    }

    [Fact]
    public void A_refinement_that_tags_the_held_out_corrections_as_they_say_is_kept_and_one_that_tags_them_worse_than_the_base_is_not()
    {
        var folds = CorrectionFolds.Refine(Corrections(), _ => Tagger);
        var log = new List<string>();

        var learnt = RefinementCheck.Of(folds, _ => new DomainDecoding(Tagger.Rules, -3), Tagger, log.Add)!;
        var worse = RefinementCheck.Of(folds, _ => new DomainDecoding(Tagger.Rules, 3), Tagger, log.Add)!;

        Assert.Equal(1.0, learnt.RefinedF1, precision: 6);
        Assert.True(learnt.BaseF1 < 1.0 && learnt.Kept);
        Assert.True(worse.RefinedF1 < worse.BaseF1 && !worse.Kept);
        Assert.Equal(learnt.BaseF1, worse.BaseF1); // the same held-out documents, the same base
        Assert.Contains("refinement not kept", log[1]);
    }

    [Fact]
    public void Each_fold_is_decoded_as_chosen_on_the_other_folds_alone()
    {
        var corrections = Corrections();
        var folds = CorrectionFolds.Refine(corrections, _ => Tagger)!;
        var chosenOn = new List<HashSet<string>>();

        RefinementCheck.Of(folds, others =>
        {
            chosenOn.Add([.. others.Corrected.Select(s => s.DocumentId!)]);
            return new DomainDecoding(Tagger.Rules, 0);
        }, Tagger, log: null);

        Assert.Equal(CorrectionFolds.Count, chosenOn.Count);
        // Every document is left out of exactly one choice, and each choice reads all the others.
        Assert.All(corrections, c => Assert.Equal(CorrectionFolds.Count - 1, chosenOn.Count(ids => ids.Contains(c.DocumentId!))));
        Assert.All(chosenOn, ids => Assert.InRange(ids.Count, 1, corrections.Count - 1));
    }

    [Fact]
    public void Without_folds_there_is_nothing_to_check()
    {
        Assert.Null(RefinementCheck.Of(null, _ => new DomainDecoding(Tagger.Rules, 0), Tagger, log: null));
    }
}
