using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Training.Corpora;
using EntityPipeline.Evaluation;
using EntityPipeline.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EntityPipeline.Tests.Training;

public sealed class TaggerTrainerTests
{
    [Fact]
    public void Trainer_learns_its_tiny_training_set()
    {
        // Given a small hand-written corpus, when trained on it, then the tagger reproduces most of its spans.
        var (evaluation, _) = CorpusEvaluator.Evaluate(TrainedTinyTagger.Value, TinyCorpus.Sentences(), "tiny");
        Assert.True(evaluation.Report().Micro.F1 > 0.9, $"F1 {evaluation.Report().Micro.F1:F3}");
    }

    [Fact]
    public void Fast_scorer_gives_the_ML_NET_model_probabilities()
    {
        var tagger = TrainedTinyTagger.Value;
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

    [Fact]
    public void A_saved_and_reloaded_model_predicts_identically()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tagger-{Guid.NewGuid():N}.zip");
        try
        {
            var original = TrainedTinyTagger.Value.WithOutsideBias(-0.5f);
            original.Save(path);
            var reloaded = EntityTagger.Load(path);
            Assert.Equal((original.Features, original.OutsideBias, original.Lexicon.Count), (reloaded.Features, reloaded.OutsideBias, reloaded.Lexicon.Count));
            var sentences = TinyCorpus.Sentences().Select(s => s.Text).Append("王建国和李娜昨天从深圳来到清华大学。").ToList();
            Assert.Equal(Tag(original, sentences), Tag(reloaded, sentences));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Warm_start_continues_from_the_given_model()
    {
        // Given the tiny model, when L-BFGS retrains from it for a few iterations on heavily weighted examples,
        // then the result still tags the tiny corpus well (it started from good weights, not from zero).
        var corrections = TinyCorpus.Sentences().Take(6).Select(s => s with { Weight = 5 });
        var retrained = new TaggerTrainer(new TaggerTrainingOptions(TaggerTrainerKind.Lbfgs, Iterations: 3))
            .Train(corrections, warmStart: TrainedTinyTagger.Value);
        var (evaluation, _) = CorpusEvaluator.Evaluate(retrained, TinyCorpus.Sentences(), "tiny");
        Assert.True(evaluation.Report().Micro.F1 > 0.9, $"F1 {evaluation.Report().Micro.F1:F3}");
    }

    [Fact]
    public void A_failed_training_run_leaves_the_existing_model_alone()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var model = Path.Combine(folder, "model.zip");
            File.WriteAllText(model, "previous model");
            var missing = new CorpusFile(Path.Combine(folder, "missing.bio"), CorpusFormat.MsraBio);
            Assert.Throws<FileNotFoundException>(() => TaggerTrainingRun.Run([missing], [], new TaggerTrainingOptions(), model, "test", _ => { }));
            Assert.Equal("previous model", File.ReadAllText(model));
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Tag(EntityTagger tagger, List<string> sentences)
    {
        var session = tagger.CreateSession();
        var segmentation = new SegmentationStage(tagger.Features.Segmentation);
        var result = new List<string>();
        foreach (var text in sentences)
        {
            var mentions = new List<Mention>();
            session.Tag(text, segmentation, mentions);
            result.AddRange(mentions.Select(m => $"{text[m.Start..m.End]} {m.Type} {m.Confidence:F4}"));
        }
        return result;
    }

    private sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }
}
