using System.Diagnostics;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EntityPipeline.Training;

/// <summary>
/// Trains an <see cref="EntityTagger"/> (the estimator side): segments and featurizes the examples,
/// then fits linear label weights over per-character hashed features: by default as an averaged structured perceptron
/// (<see cref="StructuredPerceptron"/>), or by ML.NET's SDCA or L-BFGS maximum-entropy trainers; every kind is saved as an
/// ML.NET maximum-entropy model. Example weights (<see cref="AnnotatedSentence.Weight"/>) scale updates or rows, so
/// corrections can count more than corpus sentences. Training can start from an existing model's weights (<c>warmStart</c>):
/// the perceptron goes on from a model it trained, L-BFGS from any. That is how a shipped model is refined on a user's corrections
/// in seconds. With
/// <see cref="TaggerFeatureOptions.SecondPass"/> it also trains a second pass that reads the first's labels, on labels
/// from first passes that did not see the sentence (held-out folds, fitted in parallel with the first pass).
/// Refining a two-pass model refits only its second pass, on the labels of the first pass it keeps (see <see cref="FitFirstPasses"/>).
/// </summary>
public sealed class TaggerTrainer(TaggerTrainingOptions options, Action<string>? log = null)
{
    public TaggerTrainingOptions Options { get; } = options;

    public EntityTagger Train(IEnumerable<AnnotatedSentence> examples, EntityTagger? warmStart = null)
    {
        var features = warmStart?.Features ?? Options.Features;
        if (warmStart is not null && Options.Trainer == TaggerTrainerKind.Sdca)
            throw new ArgumentException("a warm start needs the L-BFGS trainer or the perceptron (SDCA starts from zero weights)");
        if (warmStart is not null && Options.Trainer == TaggerTrainerKind.Perceptron && !warmStart.RefinesAsPerceptron)
            throw new ArgumentException("only a model whose refined pass was fitted by the perceptron can be refined by it: use the L-BFGS trainer");
        var clock = Stopwatch.StartNew();
        var list = examples as IReadOnlyList<AnnotatedSentence> ?? examples.ToList();
        if (list.Count == 0)
            throw new ArgumentException("no training examples");

        var (lexicon, lexiconFor) = Lexicons(list, features, warmStart);
        var extractor = new CharFeatureExtractor(features, lexicon);
        var corpus = FeaturizedCorpus.Build(list, extractor, new SegmentationStage(features.Segmentation), lexiconFor);
        log?.Invoke($"featurized {corpus.Sentences:N0} sentences, {corpus.Characters:N0} characters in {clock.Elapsed.TotalSeconds:F0} s");

        var ml = new MLContext(seed: Options.Seed);
        var documentOf = features.SecondPass ? Corpora.CorpusDocuments.Number(list) : [];
        var (model, schema, folds, firstTemperature) = FitFirstPasses(ml, corpus, features, documentOf, warmStart);
        if (!features.SecondPass)
            return new EntityTagger(ml, model, schema, features, lexicon, Options.OutsideBias, temperatures: (firstTemperature, 0));

        clock.Restart();
        // A refined model keeps the second-pass features its weights were trained on.
        var stacking = warmStart?.Stacking ?? new FirstPassFeatures(features.HashBits);
        // From scratch, each fold of documents is labelled by a first pass trained on the other folds, as new text
        // would be; from a warm start, by the base model's first pass, which the refined model keeps (it has not seen the
        // corrections; the corpus sentences it has seen make its labels a little too good).
        Func<int, LinearLabelScorer> scorerFor = folds.Length > 0 ? s => folds[documentOf[s] % folds.Length] : _ => warmStart!.Scorer;
        var stacked = StackedCorpus.Build(corpus, list, documentOf, scorerFor, stacking);
        var (second, _, secondTemperature) = Fit(ml, stacked, features.Dimension, warmStart is null ? null : new WarmPass(warmStart.SecondModel!, warmStart.SecondPass!, warmStart.Temperatures.Second),
            s => stacked.Weight(s) > 0);
        log?.Invoke($"trained the second pass in {clock.Elapsed.TotalSeconds:F0} s");
        // The scorer refuses NaN or infinite weights, so a diverged model never gets saved.
        return new EntityTagger(ml, model, schema, features, lexicon, Options.OutsideBias, second, stacking.FeatureVersion, (firstTemperature, secondTemperature));
    }

    /// <summary>
    /// Fits the first pass and, for a second pass trained from scratch, the first passes that each leave out one fold of
    /// documents (<see cref="TaggerTrainingOptions.StackingFolds"/>). They are independent fits and run side by side, one per core.
    /// A two-pass model being refined keeps its first pass: its second pass then learns from the very labels it will read
    /// when tagging. Refitting both made the second pass read labels it had not learnt from, and lost 2 to 3 points of held-out
    /// MSRA F1 even when the new examples were the model's own output (README, "Correcting the tagger and retraining it").
    /// </summary>
    private (MulticlassPredictionTransformer<MaximumEntropyModelParameters> Model, DataViewSchema Schema, LinearLabelScorer[] Folds, float Temperature) FitFirstPasses(
        MLContext ml, FeaturizedCorpus corpus, TaggerFeatureOptions features, int[] documentOf, EntityTagger? warmStart)
    {
        if (warmStart is { HasSecondPass: true })
        {
            log?.Invoke("kept the base model's first pass (only the second pass is refined)");
            return (warmStart.Model, warmStart.InputSchema, [], warmStart.Temperatures.First);
        }
        int folds = features.SecondPass && warmStart is null ? Math.Max(2, Options.StackingFolds) : 0;
        var fits = new MulticlassPredictionTransformer<MaximumEntropyModelParameters>[1 + folds];
        DataViewSchema schema = null!;
        float temperature = 0;
        Parallel.For(0, 1 + folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / Options.Threads) }, job =>
        {
            var watch = Stopwatch.StartNew();
            if (job == 0)
            {
                (fits[0], schema, temperature) = Fit(ml, corpus, features.Dimension, warmStart is null ? null : new WarmPass(warmStart.Model, warmStart.Scorer, warmStart.Temperatures.First));
                log?.Invoke($"trained {Options.Trainer} in {watch.Elapsed.TotalSeconds:F0} s");
                return;
            }
            int fold = job - 1;
            fits[job] = Fit(new MLContext(seed: Options.Seed), corpus, features.Dimension, null, s => documentOf[s] % folds != fold).Model;
            log?.Invoke($"first pass without fold {job} of {folds} (for the second pass's training labels) trained in {watch.Elapsed.TotalSeconds:F0} s");
        });
        return (fits[0], schema, [.. fits.Skip(1).Select(f => new LinearLabelScorer(f.Model, features.Dimension))], temperature);
    }

    /// <summary>A pass of the model being refined: its ML.NET model, the same weights as scored, and its perceptron temperature (0: maximum entropy).</summary>
    private sealed record WarmPass(MulticlassPredictionTransformer<MaximumEntropyModelParameters> Model, LinearLabelScorer Scorer, float Temperature);

    /// <summary>One pass's fit, from zero or from <paramref name="warmStart"/>, and the temperature its perceptron weights were divided by (0 when fitted as maximum entropy).</summary>
    private (MulticlassPredictionTransformer<MaximumEntropyModelParameters> Model, DataViewSchema Schema, float Temperature) Fit(MLContext ml, FeaturizedCorpus corpus, int dimension,
        WarmPass? warmStart, Func<int, bool>? include = null)
    {
        if (Options.Trainer == TaggerTrainerKind.Perceptron)
        {
            // Trained on whole sentences, not rows: no IDataView, only its schema for the model file.
            float[] weights, biases;
            float temperature;
            if (warmStart is null)
                (weights, biases, temperature) = StructuredPerceptron.Fit(corpus, dimension, Options.Iterations, Options.Seed, include, log);
            else
            {
                (weights, biases) = StructuredPerceptron.Refine(corpus, warmStart.Scorer.Export(), warmStart.Temperature, Options.Iterations, Options.Seed, include, log);
                temperature = warmStart.Temperature; // the refined weights keep the scale of the model's first training
            }
            var schema = ml.Data.LoadFromEnumerable(Array.Empty<CharRow>(), CharRow.Schema(dimension)).Schema;
            return (LinearModelBuilder.Create(ml, weights, biases, dimension, schema), schema, temperature);
        }
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(corpus.Rows(dimension, include), CharRow.Schema(dimension)));
        var model = Options.Trainer switch
        {
            TaggerTrainerKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(CharRow.Label),
                FeatureColumnName = nameof(CharRow.Features),
                ExampleWeightColumnName = nameof(CharRow.Weight),
                MaximumNumberOfIterations = Options.Iterations,
                L2Regularization = Options.L2,
                L1Regularization = Options.L1,
                ConvergenceTolerance = Options.Tolerance,
                NumberOfThreads = Options.Threads,
                Shuffle = true,
            }).Fit(data),
            TaggerTrainerKind.Lbfgs => FitLbfgs(ml, data, warmStart?.Model),
            _ => throw new InvalidOperationException($"unknown trainer {Options.Trainer}"),
        };
        return (model, data.Schema, 0);
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

    private MulticlassPredictionTransformer<MaximumEntropyModelParameters> FitLbfgs(MLContext ml, IDataView data, MulticlassPredictionTransformer<MaximumEntropyModelParameters>? warmStart)
    {
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(CharRow.Label),
            FeatureColumnName = nameof(CharRow.Features),
            ExampleWeightColumnName = nameof(CharRow.Weight),
            MaximumNumberOfIterations = Options.Iterations,
            L2Regularization = Options.L2 ?? 1f,
            L1Regularization = Options.L1 ?? 0f,
            NumberOfThreads = Options.Threads,
            HistorySize = 10,
        });
        return warmStart is null ? trainer.Fit(data) : trainer.Fit(data, warmStart.Model);
    }
}
