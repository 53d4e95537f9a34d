using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training;

public sealed class TaggerTrainingRunTests
{
    [Fact]
    public void Writes_the_model_and_a_card_with_dev_scores()
    {
        // Given the tiny corpus written as an MSRA BIO file, and its held-out sentences as the dev file, when a training
        // run completes, then the model and its card (with the dev score) are in place and no temporary file is left.
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var corpus = Path.Combine(folder, "tiny.bio");
            File.WriteAllText(corpus, ToBio(TinyCorpus.Sentences()));
            var dev = Path.Combine(folder, "held-out.bio");
            File.WriteAllText(dev, ToBio(TinyCorpus.HeldOut()));
            var model = Path.Combine(folder, "models", "tiny.zip");
            var recipe = new TrainingRecipe { Corpora = [new RecipeCorpus(corpus, CorpusFormat.MsraBio)], Dev = [dev], Epochs = 20, Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: false) };

            var card = TaggerTrainingRun.Run(recipe, model, "test command", _ => { });

            Assert.True(File.Exists(model));
            var markdown = File.ReadAllText(ModelCard.PathFor(model));
            Assert.Contains("test command", markdown);
            Assert.Contains("| micro |", markdown);
            Assert.Contains("## Recipe", markdown); // the card shows what trained the model
            Assert.Contains("\"epochs\": 20", markdown);
            Assert.InRange(card.Dev.Single().Report.Micro.F1, HeldOutScore.Bar, 1);
            Assert.Equal(HeldOutScore.F1(EntityTagger.Load(model)), card.Dev.Single().Report.Micro.F1, 6); // the card scores the saved model
            Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_two_pass_run_records_each_file_s_second_pass_weight()
    {
        // Given the tiny corpus twice, the second copy left out of the second pass, when a two-pass model is trained,
        // then the card says so, and the model reloads as two-pass.
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var corpus = Path.Combine(folder, "tiny.bio");
            File.WriteAllText(corpus, ToBio(TinyCorpus.Sentences()));
            var model = Path.Combine(folder, "two-pass.zip");
            var recipe = new TrainingRecipe
            {
                Corpora = [new RecipeCorpus(corpus, CorpusFormat.MsraBio), new RecipeCorpus(corpus, CorpusFormat.MsraBio, SecondPassWeight: 0)],
                Epochs = 10,
                Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: true),
            };

            TaggerTrainingRun.Run(recipe, model, "test command", _ => { });

            var markdown = File.ReadAllText(ModelCard.PathFor(model));
            Assert.Contains("second pass reading the first pass's labels", markdown);
            Assert.Contains("| tiny.bio | MsraBio | 1 (1) |", markdown);
            Assert.Contains("| tiny.bio | MsraBio | 1 (0) |", markdown);
            var loaded = EntityTagger.Load(model);
            Assert.True(loaded.HasSecondPass);
            // Perceptron-trained (the default): both temperatures are kept in the file and shown on the card.
            Assert.True(loaded.Temperatures is { First: > 0, Second: > 0 } && loaded.Refinable);
            Assert.Contains($"- trainer: perceptron, 10 epoch(s), seed 0; scores divided by a temperature of {loaded.Temperatures.First.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} (first pass) and ", markdown);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ToBio(IEnumerable<AnnotatedSentence> sentences)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var s in sentences)
        {
            var tags = Enumerable.Repeat("O", s.Text.Length).ToArray();
            foreach (var e in s.Entities)
                for (int i = e.Start; i < e.End; i++) tags[i] = (i == e.Start ? "B-" : "I-") + e.Type;
            for (int i = 0; i < s.Text.Length; i++) sb.Append(s.Text[i]).Append('\t').Append(tags[i]).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
