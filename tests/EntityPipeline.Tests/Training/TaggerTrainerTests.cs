using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;
using EntityPipeline.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EntityPipeline.Tests.Training;

public sealed class TaggerTrainerTests
{
    private static readonly Lazy<EntityTagger> Trained = new(() =>
        new TaggerTrainer(new TaggerTrainingOptions(Iterations: 20) { Features = new TaggerFeatureOptions(HashBits: 14) })
            .Train(TinyCorpus.Sentences()));

    [Fact]
    public void Trainer_learns_its_tiny_training_set()
    {
        // Given a small hand-written corpus, when trained on it, then the tagger reproduces most of its spans.
        var (evaluation, _) = CorpusEvaluator.Evaluate(Trained.Value, TinyCorpus.Sentences(), "tiny");
        Assert.True(evaluation.Report().Micro.F1 > 0.9, $"F1 {evaluation.Report().Micro.F1:F3}");
    }

    [Fact]
    public void Fast_scorer_gives_the_ML_NET_model_probabilities()
    {
        var tagger = Trained.Value;
        var ml = new MLContext(seed: 0);
        // One row with a few features, scored by ML.NET and by the extracted weights.
        int[] features = [3, 77, 1000, 4095];
        var row = new CharRow
        {
            Label = 1,
            Features = new VBuffer<float>(tagger.Features.Dimension, features.Length, [1f, 1f, 1f, 1f], features),
            Weight = 1,
        };
        var data = ml.Data.LoadFromEnumerable([row], CharRow.Schema(tagger.Features.Dimension));
        var scores = ml.Data.CreateEnumerable<ScoreRow>(tagger.Model.Transform(data), reuseRowObject: false).Single().Score;

        var logProbs = new float[BioesLabels.Count];
        tagger.Scorer.LogProbabilities(features, features.Length, logProbs);
        for (int y = 0; y < BioesLabels.Count; y++)
            Assert.Equal(scores[y], MathF.Exp(logProbs[y]), 4);
    }

    private sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }
}
