using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// The refined tagger's O bias, fitted by cross-validation on the corrections (<see cref="DomainOutsideBias"/>). The "refinement"
/// here returns the tiny tagger whatever it is given, and the corrections are that tagger's own output at some O bias: the fit
/// must find that bias, and keep the model's own when the corrections are too few to tell.
/// </summary>
public sealed class DomainOutsideBiasTests
{
    /// <summary>The held-out tiny corpus, one document per sentence, annotated as <paramref name="tagger"/> tags it at <paramref name="bias"/>.</summary>
    private static List<AnnotatedSentence> TaggedAt(EntityTagger tagger, float bias, int count)
    {
        var biased = tagger.WithOutsideBias(bias);
        var segmentation = new SegmentationStage(tagger.Features.Segmentation);
        return [.. TinyCorpus.HeldOut().Take(count).Select((s, i) =>
        {
            var mentions = new List<Mention>();
            biased.CreateSession().Tag(s.Text, segmentation, mentions);
            return new AnnotatedSentence(s.Text, [.. mentions.Select(m => new EntitySpan(m.Start, m.End, m.Type))], Weight: 10, DocumentId: $"doc{i}");
        })];
    }

    [Fact]
    public void The_bias_that_reproduces_the_corrections_is_chosen_and_none_when_they_are_the_models_own_output()
    {
        var tagger = TrainedTinyTagger.Value;
        var atMinusThree = TaggedAt(tagger, -3, 24);
        Assert.NotEqual(TaggedAt(tagger, 0, 24).Sum(s => s.Entities.Length), atMinusThree.Sum(s => s.Entities.Length)); // the bias matters here

        // The smallest change that tags as the corrections say (-2.5 and -3 may tag these sentences alike).
        float chosen = DomainOutsideBias.Fit(CorrectionFolds.Refine(atMinusThree, _ => tagger), 0, log: null);
        Assert.InRange(chosen, -3f, -0.5f);
        Assert.Equal(atMinusThree.SelectMany(s => s.Entities), TaggedAt(tagger, chosen, 24).SelectMany(s => s.Entities));
        Assert.Equal(0f, DomainOutsideBias.Fit(CorrectionFolds.Refine(TaggedAt(tagger, 0, 24), _ => tagger), 0, log: null));
    }

    [Fact]
    public void Rehearsal_is_never_held_out_and_too_few_corrected_documents_keep_the_models_bias()
    {
        var tagger = TrainedTinyTagger.Value;
        var few = TaggedAt(tagger, -3, CorrectionFolds.Count - 1);
        var rehearsal = TinyCorpus.Sentences().Select(s => s with { ModelLabelled = true, DocumentId = "rehearsal:" + s.Text });
        int refinements = 0;
        Assert.Null(CorrectionFolds.Refine([.. few, .. rehearsal], _ => { refinements++; return tagger; }));
        Assert.Equal(0.5f, DomainOutsideBias.Fit(null, 0.5f, log: null));
        Assert.Equal(0, refinements);

        var enough = TaggedAt(tagger, -3, 24);
        var given = new List<int>();
        CorrectionFolds.Refine([.. enough, .. rehearsal], subset => { given.Add(subset.Count(s => s.ModelLabelled)); return tagger; });
        Assert.Equal(Enumerable.Repeat(TinyCorpus.Sentences().Count, CorrectionFolds.Count), given); // every fold refines on all the rehearsal
    }

    [Fact]
    public void Given_a_rehearsal_of_their_own_the_folds_refine_on_it_and_never_on_the_examples_model_labelled_sentences()
    {
        // Given corrections with a rehearsal labelled by a first round's domain (marked "seen"), and the same articles labelled
        // by the base model (marked "base"): a second round's cross-validation
        var tagger = TrainedTinyTagger.Value;
        var corrections = TaggedAt(tagger, -3, 24);
        var seen = TinyCorpus.Sentences().Select(s => s with { ModelLabelled = true, DocumentId = "seen:" + s.Text });
        var unseen = TinyCorpus.Sentences().Select(s => s with { ModelLabelled = true, DocumentId = "base:" + s.Text }).ToList();
        var given = new List<IReadOnlyList<AnnotatedSentence>>();

        // When the folds are refined with the base model's rehearsal
        var folds = CorrectionFolds.Refine([.. corrections, .. seen], subset => { given.Add(subset); return tagger; }, unseen);

        // Then every fold rehearses on all of it and on nothing else, and holds out a fifth of the corrections as before
        Assert.NotNull(folds);
        Assert.Equal(CorrectionFolds.Count, given.Count);
        Assert.All(given, subset =>
        {
            Assert.Equal(unseen.Count, subset.Count(e => e.DocumentId!.StartsWith("base:", StringComparison.Ordinal)));
            Assert.DoesNotContain(subset, e => e.DocumentId!.StartsWith("seen:", StringComparison.Ordinal));
        });
        Assert.Equal(corrections.Count * (CorrectionFolds.Count - 1), given.Sum(subset => subset.Count(e => !e.ModelLabelled)));
    }
}
