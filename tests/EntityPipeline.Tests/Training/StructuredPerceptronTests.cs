using EntityPipeline.Documents;
using System.Text;
using EntityPipeline.Entities.Tagging;
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
    public void The_perceptron_generalises_from_the_tiny_training_set_and_records_its_temperature()
    {
        var tagger = TrainedTinyTagger.Value;
        HeldOutScore.AssertLearnt(tagger, "perceptron");
        Assert.True(tagger.Refinable); // the temperature is kept, so a refinement goes on at the scale of its training
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_perceptron_refinement_on_what_the_model_already_tags_leaves_the_model_as_it_was(bool twoPass)
    {
        // Given a perceptron-trained model and sentences labelled by itself (a user who corrected nothing), when it is refined by
        // the perceptron, then no sentence is decoded wrong, so no weight moves: the refined pass scores as before.
        var tagger = twoPass ? TrainedTinyTagger.TwoPass : TrainedTinyTagger.Value;
        Assert.True(tagger.Refinable);
        using var folder = new TempFolder();
        folder.Write("own/a.txt", Encoding.UTF8.GetBytes(string.Join("\n", TinyCorpus.Sentences().Select(s => s.Text))));
        var (own, _) = Rehearsal.Label(tagger, [folder.File("own")], new HashSet<string>());

        var refined = new TaggerTrainer(new TrainingRecipe()).Train(own, warmStart: tagger);

        var (before, biasBefore) = (twoPass ? tagger.SecondPass! : tagger.Scorer).Export();
        var learnt = refined.Domain!.Tagger;
        var (after, biasAfter) = (twoPass ? learnt.SecondPass! : learnt.Scorer).Export();
        float largest = before.Max(MathF.Abs);
        Assert.All(before.Zip(after).Concat(biasBefore.Zip(biasAfter)), p => Assert.True(MathF.Abs(p.First - p.Second) <= 1e-5f * largest, $"{p.First} -> {p.Second}"));
        Assert.Equal(tagger.Temperatures, learnt.Temperatures);

        // A correction it gets wrong (every person made a place) does move them.
        var corrected = own.Select(s => s with { Entities = [.. s.Entities.Select(e => e with { Type = EntityType.LOC })], ModelLabelled = false }).ToList();
        var moved = new TaggerTrainer(new TrainingRecipe()).Train(corrected, warmStart: tagger);
        Assert.NotEqual(before, (twoPass ? moved.Domain!.Tagger.SecondPass! : moved.Domain!.Tagger.Scorer).Export().Weights);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_averaged_weights_are_the_mean_of_the_weights_after_every_step(bool fromGivenWeights)
    {
        // The averaging shortcut (w − Σ step·update / steps) against the plain mean of w after every sentence, w0 included,
        // from zero and from given weights (a refinement).
        var tagger = TrainedTinyTagger.Value;
        var corpus = FeaturizedCorpus.Build(TinyCorpus.Sentences(), tagger.Extractor, new EntityPipeline.Segmentation.SegmentationStage(tagger.Features.Segmentation), _ => tagger.Lexicon);
        int dimension = tagger.Features.Dimension, L = BioesLabels.Count;
        float[] StartWeights() => fromGivenWeights ? tagger.Scorer.Export().Weights.Select(v => v * 3).ToArray() : new float[dimension * L];
        float[] StartBiases() => fromGivenWeights ? tagger.Scorer.Export().Biases.Select(v => v * 3).ToArray() : new float[L];

        var (averaged, averagedBiases, _) = StructuredPerceptron.Train(corpus, dimension, epochs: 2, seed: 5, _ => true, (StartWeights(), StartBiases()));

        // The same passes, written plainly.
        var w = StartWeights();
        var b = StartBiases();
        var sum = w.Select(v => (double)v).ToArray();
        var sumB = b.Select(v => (double)v).ToArray();
        int steps = 1;
        var order = Enumerable.Range(0, corpus.Sentences).ToArray();
        var random = new Random(5);
        var decoder = new BioesViterbiDecoder();
        for (int epoch = 0; epoch < 2; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                var gold = corpus.Labels(s).ToArray();
                var features = corpus.Features(s).ToArray();
                var scores = new float[gold.Length * L];
                StructuredPerceptron.Score(features, corpus.Slots, w, b, scores);
                var predicted = new int[gold.Length];
                decoder.Decode(scores, predicted);
                for (int i = 0; i < gold.Length; i++)
                {
                    if (gold[i] == predicted[i]) continue;
                    b[gold[i]]++; b[predicted[i]]--;
                    foreach (int f in features.AsSpan(i * corpus.Slots, corpus.Slots))
                        if (f >= 0) { w[f * L + gold[i]]++; w[f * L + predicted[i]]--; }
                }
                for (int k = 0; k < w.Length; k++) sum[k] += w[k];
                for (int y = 0; y < L; y++) sumB[y] += b[y];
                steps++;
            }
        }
        for (int k = 0; k < w.Length; k++) Assert.Equal(sum[k] / steps, averaged[k], 3);
        for (int y = 0; y < L; y++) Assert.Equal(sumB[y] / steps, averagedBiases[y], 3);
    }

    [Fact]
    public void A_refinement_leaves_the_weights_of_features_beyond_the_updated_slots_as_they_were()
    {
        // Every character gets one more feature, index `extra`, in a slot after the extractor's; training from a start with
        // only the extractor's slots updated moves the others' weights and leaves extra's row as it was.
        var options = new TaggerFeatureOptions(HashBits: 14, SecondPass: false);
        var extractor = new CharFeatureExtractor(options);
        var sentences = TinyCorpus.Sentences();
        var corpus = FeaturizedCorpus.Build(sentences, extractor, new EntityPipeline.Segmentation.SegmentationStage(options.Segmentation), _ => EntityLexicon.Empty);
        int extra = options.Dimension, L = BioesLabels.Count;
        var wide = corpus.Widen(1, (_, features, stride, offset) =>
        {
            for (int c = 0; c < features.Length / stride; c++) features[c * stride + offset] = extra;
        }, _ => 1);
        var start = new float[(extra + 1) * L];
        for (int y = 0; y < L; y++) start[extra * L + y] = y; // a row the refinement must not touch

        var (weights, _, _) = StructuredPerceptron.Train(wide, extra + 1, epochs: 2, seed: 0, _ => true, (start, new float[L]), updatedSlots: corpus.Slots);

        Assert.Equal(Enumerable.Range(0, L).Select(y => (float)y), weights.AsSpan(extra * L, L).ToArray());
        Assert.Contains(weights.AsSpan(0, extra * L).ToArray(), w => w != 0); // the extractor's features did learn
    }
}
