using System.Text;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

public sealed class StructuredPerceptronTests
{
    [Fact]
    public void The_fitted_temperature_is_the_one_that_generated_the_labels()
    {
        // Labels drawn from softmax(scores / 4): the temperature that best explains them is 4.
        const int L = 5, n = 20_000;
        var random = new Random(7);
        var scores = new float[n * L];
        var gold = new int[n];
        for (int i = 0; i < n; i++)
        {
            for (int y = 0; y < L; y++) scores[i * L + y] = (float)(random.NextDouble() * 20);
            var p = scores.AsSpan(i * L, L).ToArray().Select(s => Math.Exp(s / 4)).ToArray();
            double draw = random.NextDouble() * p.Sum();
            int label = 0;
            while (label < L - 1 && (draw -= p[label]) > 0) label++;
            gold[i] = label;
        }
        Assert.InRange(Temperature.Fit(scores, gold, L), 3.7f, 4.3f);
    }

    [Fact]
    public void Without_held_out_characters_the_scores_are_left_as_they_are() =>
        Assert.Equal(1f, Temperature.Fit([], [], BioesLabels.Count));

    [Fact]
    public void The_perceptron_and_SDCA_both_learn_the_tiny_training_set_and_the_perceptron_is_stored_as_an_ML_NET_model()
    {
        foreach (var trainer in new[] { TaggerTrainerKind.Perceptron, TaggerTrainerKind.Sdca })
        {
            var tagger = new TaggerTrainer(new TaggerTrainingOptions(trainer, Iterations: 20) { Features = new TaggerFeatureOptions(HashBits: 14) })
                .Train(TinyCorpus.Sentences());
            var (evaluation, _) = CorpusEvaluator.Evaluate(tagger, TinyCorpus.Sentences(), "tiny");
            Assert.True(evaluation.Report().Micro.F1 > 0.9, $"{trainer}: F1 {evaluation.Report().Micro.F1:F3}");
            Assert.IsType<Microsoft.ML.Trainers.MaximumEntropyModelParameters>(tagger.Model.Model);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_perceptron_refinement_on_what_the_model_already_tags_leaves_the_model_as_it_was(bool twoPass)
    {
        // Given a perceptron-trained model and sentences labelled by itself (a user who corrected nothing), when it is refined by
        // the perceptron, then no sentence is decoded wrong, so no weight moves: the refined pass scores as before.
        var tagger = twoPass ? TrainedTinyTagger.TwoPass : TrainedTinyTagger.Value;
        Assert.True(tagger.RefinesAsPerceptron);
        using var folder = new TempFolder();
        folder.Write("own/a.txt", Encoding.UTF8.GetBytes(string.Join("\n", TinyCorpus.Sentences().Select(s => s.Text))));
        var (own, _) = Rehearsal.Label(tagger, [folder.File("own")], new HashSet<string>());

        var refined = new TaggerTrainer(new TaggerTrainingOptions(TaggerTrainerKind.Perceptron, Iterations: 1)).Train(own, warmStart: tagger);

        var (before, biasBefore) = (twoPass ? tagger.SecondPass! : tagger.Scorer).Export();
        var (after, biasAfter) = (twoPass ? refined.SecondPass! : refined.Scorer).Export();
        float largest = before.Max(MathF.Abs);
        Assert.All(before.Zip(after).Concat(biasBefore.Zip(biasAfter)), p => Assert.True(MathF.Abs(p.First - p.Second) <= 1e-5f * largest, $"{p.First} -> {p.Second}"));
        Assert.Equal(tagger.Temperatures, refined.Temperatures);
    }
}
