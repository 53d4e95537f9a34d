using System.Diagnostics;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Training;

/// <summary>
/// Trains an <see cref="EntityTagger"/> as a <see cref="TrainingRecipe"/> says: segments and featurizes the examples, then
/// fits linear label weights over per-character hashed features as an averaged structured perceptron
/// (<see cref="StructuredPerceptron"/>). Example weights (<see cref="AnnotatedSentence.Weight"/>) scale updates, so
/// corrections can count more than corpus sentences. Training can start from a model the perceptron trained (<c>warmStart</c>):
/// that is how a shipped model is refined on a user's corrections in seconds. With
/// <see cref="TaggerFeatureOptions.SecondPass"/> it also trains a second pass that reads the first's labels, on labels
/// from first passes that did not see the sentence (held-out folds, fitted in parallel with the first pass).
/// Refining a two-pass model refits only its second pass, on the labels of the first pass it keeps (see <see cref="FitFirstPasses"/>).
/// </summary>
public sealed class TaggerTrainer(TrainingRecipe recipe, Action<string>? log = null)
{
    public TrainingRecipe Recipe { get; } = recipe;

    /// <summary>The last refinement's <see cref="RefinementCheck"/> (null: none ran, or too few documents to hold any out).</summary>
    public RefinementCheck? Check { get; private set; }

    /// <summary>
    /// Trains a model from <paramref name="examples"/>, or refines <paramref name="warmStart"/> on them. A refinement leaves the
    /// model it refines as it was and adds what it learnt as the model's <see cref="TaggerDomain"/>, with the profile of the
    /// examples' text, so that only documents of that kind are tagged the new way; a second round goes on from the first's domain.
    /// A refinement that tags the held-out corrections worse than the model's own weights (<see cref="Check"/>) is not kept: the
    /// model is returned as it was.
    /// </summary>
    /// <param name="foldRehearsal">
    /// The rehearsal articles labelled by <paramref name="warmStart"/> without its domain (<see cref="EntityTagger.WithoutDomain"/>),
    /// for the cross-validation on the corrections in a second round: the examples' rehearsal is labelled by the first round's domain,
    /// which has learnt the first round's corrections, so held out they would not be. Null: the examples' own rehearsal.
    /// </param>
    public EntityTagger Train(IEnumerable<AnnotatedSentence> examples, EntityTagger? warmStart = null, IReadOnlyList<AnnotatedSentence>? foldRehearsal = null)
    {
        if (warmStart is { Refinable: false })
            throw new ArgumentException("the model to refine was not trained by the perceptron (a maximum-entropy model of the first file format): retrain it from a recipe instead");
        var list = examples as IReadOnlyList<AnnotatedSentence> ?? examples.ToList();
        if (list.Count == 0)
            throw new ArgumentException("no training examples");
        var segmentation = new SegmentationStage((warmStart?.Features ?? Recipe.Features).Segmentation);
        var from = warmStart?.Domain?.Tagger ?? warmStart;
        var tagger = Fit(list, segmentation, from);
        if (warmStart is null) return tagger;
        // Its O bias is the user's: fitted on the corrections, by refinements that leave some out (DomainOutsideBias). Those start
        // from the model's own weights, not a first round's domain, which has seen the first round's corrections: held out, they
        // would score as if the refinement tagged them all right. For the same reason they rehearse on the model's own labels
        // (foldRehearsal): on the first round's domain's, Weibo's second round chose −3, the end of the grid (docs/corrections.md).
        // Its rules too: those the corrections contradict are off (DomainRules), and the conventions they follow on (DomainConventions).
        var rules = (warmStart.Domain?.Tagger.Rules ?? warmStart.Rules) & LabelRuleSet.Defaults;
        var quiet = new TaggerTrainer(Recipe);
        var folds = CorrectionFolds.Refine(list, subset => quiet.Fit(subset, segmentation, warmStart), foldRehearsal);
        var decoding = DomainDecoding.Fit(list, folds, segmentation, rules, warmStart.OutsideBias, log);
        // Against the model's own weights, as the folds start from them: a first round's domain has seen the first round's corrections.
        Check = RefinementCheck.Of(folds, others => DomainDecoding.Fit(others.Corrected, others, segmentation, rules, warmStart.OutsideBias, log: null),
            warmStart.WithoutDomain(), log);
        if (Check is { Kept: false }) return warmStart;
        tagger = decoding.Apply(tagger);
        var profile = (warmStart.Domain?.Profile ?? DomainProfile.Empty).Add(list.Select(e => e.Text), segmentation);
        log?.Invoke($"the refined weights tag documents that read like the {profile.Total:N0} words refined on (their profile); others are tagged as before");
        return warmStart.WithDomain(new TaggerDomain(profile, tagger));
    }

    private EntityTagger Fit(IReadOnlyList<AnnotatedSentence> list, SegmentationStage segmentation, EntityTagger? warmStart)
    {
        var features = warmStart?.Features ?? Recipe.Features;
        var clock = Stopwatch.StartNew();
        var (lexicon, lexiconFor) = Lexicons(list, features, warmStart);
        var extractor = new CharFeatureExtractor(features, lexicon);
        var corpus = FeaturizedCorpus.Build(list, extractor, segmentation, lexiconFor);
        log?.Invoke($"featurized {corpus.Sentences:N0} sentences, {corpus.Characters:N0} characters in {clock.Elapsed.TotalSeconds:F0} s");

        var documentOf = features.SecondPass ? Corpora.CorpusDocuments.Number(list) : [];
        var (first, folds, firstTemperature) = FitFirstPasses(corpus, features, documentOf, warmStart);
        if (!features.SecondPass)
            return new EntityTagger(features, lexicon, first, warmStart?.OutsideBias ?? Recipe.OutsideBias, temperatures: (firstTemperature, 0));

        clock.Restart();
        // A refined model keeps the second-pass features its weights were trained on.
        var stacking = warmStart?.Stacking ?? new FirstPassFeatures(features.HashBits);
        // From scratch, each fold of documents is labelled by a first pass trained on the other folds, as new text
        // would be; from a warm start, by the base model's first pass, which the refined model keeps (it has not seen the
        // corrections; the corpus sentences it has seen make its labels a little too good).
        Func<int, LinearLabelScorer> scorerFor = folds.Length > 0 ? s => folds[documentOf[s] % folds.Length] : _ => warmStart!.Scorer;
        var stacked = StackedCorpus.Build(corpus, list, documentOf, scorerFor, stacking);
        // A refinement leaves the weights of the first-pass-label features as they were: they fire on every entity of any
        // text, so a user's conventions learnt there (in résumés, LOC is rare) would spread to all text. Measured on 200 corrected
        // Resume sentences: MSRA dev −3.6 points refining them too, −2.1 without, for the same +9.4 on Resume dev (docs/corrections.md).
        var (second, secondTemperature) = Fit(stacked, features.Dimension, warmStart is null ? null : (warmStart.SecondPass!, warmStart.Temperatures.Second),
            s => stacked.Weight(s) > 0, updatedSlots: warmStart is null ? null : corpus.Slots);
        log?.Invoke($"trained the second pass in {clock.Elapsed.TotalSeconds:F0} s");
        return new EntityTagger(features, lexicon, first, warmStart?.OutsideBias ?? Recipe.OutsideBias, second, stacking.FeatureVersion, (firstTemperature, secondTemperature));
    }

    /// <summary>
    /// Fits the first pass and, for a second pass trained from scratch, the first passes that each leave out one fold of
    /// documents (<see cref="TrainingRecipe.StackingFolds"/>). They are independent fits and run side by side, one per core.
    /// A two-pass model being refined keeps its first pass: its second pass then learns from the very labels it will read
    /// when tagging. Refitting both made the second pass read labels it had not learnt from, and lost 2 to 3 points of held-out
    /// MSRA F1 even when the new examples were the model's own output (README, "Correcting the tagger and retraining it").
    /// </summary>
    private (LinearLabelScorer First, LinearLabelScorer[] Folds, float Temperature) FitFirstPasses(
        FeaturizedCorpus corpus, TaggerFeatureOptions features, int[] documentOf, EntityTagger? warmStart)
    {
        if (warmStart is { HasSecondPass: true })
        {
            log?.Invoke("kept the base model's first pass (only the second pass is refined)");
            return (warmStart.Scorer, [], warmStart.Temperatures.First);
        }
        int folds = features.SecondPass && warmStart is null ? Math.Max(2, Recipe.StackingFolds) : 0;
        var fits = new LinearLabelScorer[1 + folds];
        float temperature = 0;
        Parallel.For(0, 1 + folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var watch = Stopwatch.StartNew();
            if (job == 0)
            {
                (fits[0], temperature) = Fit(corpus, features.Dimension, warmStart is null ? null : (warmStart.Scorer, warmStart.Temperatures.First));
                log?.Invoke($"trained the perceptron in {watch.Elapsed.TotalSeconds:F0} s");
                return;
            }
            int fold = job - 1;
            fits[job] = Fit(corpus, features.Dimension, null, s => documentOf[s] % folds != fold).Scorer;
            log?.Invoke($"first pass without fold {job} of {folds} (for the second pass's training labels) trained in {watch.Elapsed.TotalSeconds:F0} s");
        });
        return (fits[0], fits[1..], temperature);
    }

    /// <summary>
    /// One pass's fit, from zero or from <paramref name="warmStart"/> (a pass of the model being refined and the temperature its
    /// perceptron weights were divided by), and the temperature of the result. The weights are refused if not finite, so a diverged
    /// model never gets saved.
    /// </summary>
    private (LinearLabelScorer Scorer, float Temperature) Fit(FeaturizedCorpus corpus, int dimension, (LinearLabelScorer Scorer, float Temperature)? warmStart,
        Func<int, bool>? include = null, int? updatedSlots = null)
    {
        if (warmStart is not { } start)
        {
            var (weights, biases, temperature) = StructuredPerceptron.Fit(corpus, dimension, Recipe.Epochs, Recipe.Seed, include, log);
            return (new LinearLabelScorer(weights, biases), temperature);
        }
        var (refined, refinedBiases) = StructuredPerceptron.Refine(corpus, start.Scorer.Export(), start.Temperature, Recipe.RefineEpochs, Recipe.Seed, include, log, updatedSlots);
        return (new LinearLabelScorer(refined, refinedBiases), start.Temperature); // the refined weights keep the scale of the model's first training
    }

    private const int LexiconFolds = 4;

    /// <summary>
    /// The model's lexicon (all training entities; with a warm start, the base model's plus the new examples'),
    /// and the lexicon each training sentence is featurized with: gathered from the other folds (jackknife), so
    /// that in training, as on new text, only part of the entities are in the lexicon and the model learns how
    /// far to trust it.
    /// </summary>
    private static (EntityLexicon Model, Func<int, EntityLexicon> ForSentence) Lexicons(IReadOnlyList<AnnotatedSentence> examples, TaggerFeatureOptions features, EntityTagger? warmStart)
    {
        if (!features.Lexicon) return (EntityLexicon.Empty, _ => EntityLexicon.Empty);
        if (warmStart is not null)
        {
            // The base lexicon already holds the entities of any corpus sentences being retrained on: featurize
            // fold k without the strings annotated only in fold k, as if they had not been seen.
            var model = new EntityLexicon(warmStart.Lexicon.Entries.Concat(EntityLexicon.Gather(examples, minCount: 1).Entries)
                .GroupBy(e => e.Key, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, g.Aggregate((byte)0, (m, e) => (byte)(m | e.Value)))));
            var withoutOwn = Enumerable.Range(0, LexiconFolds).Select(k =>
            {
                var own = EntityLexicon.Gather(examples.Where((_, i) => i % LexiconFolds == k), minCount: 1).Entries.Select(e => e.Key);
                var others = EntityLexicon.Gather(examples.Where((_, i) => i % LexiconFolds != k), minCount: 1).Entries.Select(e => e.Key);
                var unseen = own.Except(others, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
                return new EntityLexicon(model.Entries.Where(e => !unseen.Contains(e.Key)));
            }).ToArray();
            return (model, i => withoutOwn[i % LexiconFolds]);
        }
        var full = EntityLexicon.Gather(examples, features.LexiconMinCount);
        var folds = Enumerable.Range(0, LexiconFolds)
            .Select(k => EntityLexicon.Gather(examples.Where((_, i) => i % LexiconFolds != k), features.LexiconMinCount))
            .ToArray();
        return (full, i => folds[i % LexiconFolds]);
    }
}
