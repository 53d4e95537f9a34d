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
    private const string First = "王建国昨天在深圳参观了清华大学。", Second = "王建国表示，深圳的经济发展很快。";

    /// <summary>Tags <see cref="First"/> and <see cref="Second"/> as one document of two sentences.</summary>
    private static (string Text, List<Mention> Mentions) TagDocument(TaggingSession session, EntityTagger tagger)
    {
        var segmentation = new SegmentationStage(tagger.Features.Segmentation);
        var text = First + Second;
        var tokens = new List<Token>();
        segmentation.Segment(First, 0, tokens);
        segmentation.Segment(Second, First.Length, tokens);
        var mentions = new List<Mention>();
        session.Tag(text, [(0, First.Length), (First.Length, text.Length)], tokens.ToArray(), mentions);
        return (text, mentions);
    }

    [Fact]
    public void A_trained_tagger_finds_people_places_and_organisations_it_never_saw()
    {
        // Given a tagger trained on the tiny corpus, when it tags held-out sentences naming others, then it finds them.
        HeldOutScore.AssertLearnt(TrainedTinyTagger.Value, "perceptron");
    }

    [Fact]
    public void A_tagger_trained_on_labels_unrelated_to_the_text_fails_the_held_out_bar()
    {
        // The bar catches a trainer that learns nothing: the same sentences, each with one span of a random type at a
        // random place, give a tagger that finds nothing right.
        var random = new Random(3);
        var unrelated = TinyCorpus.Sentences().Select(s =>
        {
            int start = random.Next(s.Text.Length - 2);
            return s with { Entities = [new EntitySpan(start, start + 2, (EntityType)random.Next(3))] };
        });
        var tagger = new TaggerTrainer(new TaggerTrainingOptions(Iterations: 20) { Features = new TaggerFeatureOptions(HashBits: 14) }).Train(unrelated);
        Assert.InRange(HeldOutScore.F1(tagger), 0, HeldOutScore.Bar / 2);
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
    public void A_two_pass_tagger_generalises_and_keeps_its_first_pass()
    {
        var tagger = TrainedTinyTagger.TwoPass;
        Assert.True(tagger.HasSecondPass);
        Assert.False(tagger.FirstPassOnly().HasSecondPass);
        HeldOutScore.AssertLearnt(tagger, "two passes");
        HeldOutScore.AssertLearnt(tagger.FirstPassOnly(), "its first pass");
    }

    [Fact]
    public void The_second_pass_reads_the_whole_document()
    {
        // The same sentence tagged alone and after another sentence naming the same person: the second pass sees
        // that the document tags 王建国 twice, so the name's confidence changes. Offsets follow the document.
        var session = TrainedTinyTagger.TwoPass.CreateSession();
        var (text, mentions) = TagDocument(session, TrainedTinyTagger.TwoPass);

        var alone = new List<Mention>();
        session.Tag(Second, new SegmentationStage(TrainedTinyTagger.TwoPass.Features.Segmentation), alone);

        Assert.Contains(mentions, m => text[m.Start..m.End] == "深圳" && m.Start > First.Length && m.Type == EntityType.LOC);
        Assert.Equal(mentions.OrderBy(m => m.Start), mentions);
        var inDocument = mentions.Single(m => m.Start == First.Length);
        var byItself = alone.Single(m => m.Start == 0);
        Assert.Equal(("王建国", EntityType.PER), (text[inDocument.Start..inDocument.End], inDocument.Type));
        Assert.Equal((byItself.End, byItself.Type), (inDocument.End - First.Length, inDocument.Type));
        Assert.NotEqual(byItself.Confidence, inDocument.Confidence);
    }

    [Fact]
    public void A_model_file_written_before_the_perceptron_loads_as_a_maximum_entropy_model()
    {
        // Given a model file whose header has no temperatures (as every file before them), when it is loaded, then it tags as
        // before and reads as fitted by maximum entropy, so a refinement takes L-BFGS, not the perceptron at an unknown scale.
        var path = Path.Combine(Path.GetTempPath(), $"tagger-{Guid.NewGuid():N}.zip");
        try
        {
            TrainedTinyTagger.Value.Save(path);
            using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
            {
                var entry = zip.GetEntry("EntityPipeline/tagger.json")!;
                string json;
                using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
                Assert.Contains("\"FirstTemperature\"", json);
                var old = string.Join('\n', json.Split('\n').Where(line => !line.Contains("Temperature")));
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry("EntityPipeline/tagger.json").Open());
                writer.Write(old.Replace("\"SecondPassFeatures\": 0,", "\"SecondPassFeatures\": 0"));
            }
            var loaded = EntityTagger.Load(path);
            Assert.Equal((0f, 0f), loaded.Temperatures);
            Assert.False(loaded.RefinesAsPerceptron);
            var sentences = TinyCorpus.Sentences().Select(s => s.Text).ToList();
            Assert.Equal(Tag(TrainedTinyTagger.Value, sentences), Tag(loaded, sentences));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_saved_and_reloaded_model_predicts_identically(bool twoPass)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tagger-{Guid.NewGuid():N}.zip");
        try
        {
            var original = (twoPass ? TrainedTinyTagger.TwoPass : TrainedTinyTagger.Value).WithOutsideBias(-0.5f);
            original.Save(path);
            var reloaded = EntityTagger.Load(path);
            Assert.Equal((original.Features, original.OutsideBias, original.Lexicon.Count, twoPass, original.Temperatures), (reloaded.Features, reloaded.OutsideBias, reloaded.Lexicon.Count, reloaded.HasSecondPass, reloaded.Temperatures));
            var sentences = TinyCorpus.Sentences().Select(s => s.Text).Append("王建国和李娜昨天从深圳来到清华大学。").ToList();
            Assert.Equal(Tag(original, sentences), Tag(reloaded, sentences));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_whose_second_pass_reads_version_2_features_tags_a_document_of_several_sentences()
    {
        // Models trained before the type probabilities (such as the previous default) read no type bins: tagging a
        // document past its first sentence must not reach for them.
        var twoPass = TrainedTinyTagger.TwoPass;
        var v2 = new EntityTagger(new MLContext(seed: 0), twoPass.Model, twoPass.InputSchema, twoPass.Features, twoPass.Lexicon,
            twoPass.OutsideBias, twoPass.SecondModel, secondPassFeatures: 2);
        var (text, mentions) = TagDocument(v2.CreateSession(), v2);

        Assert.NotEmpty(mentions);
        Assert.All(mentions.Zip(mentions.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.All(mentions, m => Assert.InRange(m.End, m.Start + 1, text.Length));
    }

    [Fact]
    public void A_two_pass_model_whose_second_pass_read_other_features_is_refused()
    {
        // Given a saved two-pass model whose header says its second pass read an older feature set, loading it
        // fails with a message naming the file, rather than tagging with misread features.
        var error = LoadEdited(TrainedTinyTagger.TwoPass, json => json.Replace($"\"SecondPassFeatures\": {FirstPassFeatures.Version}", "\"SecondPassFeatures\": 1"));
        Assert.Contains("retrain", error.Message);
    }

    [Fact]
    public void The_first_pass_alone_is_a_one_pass_model_and_a_header_that_disagrees_with_the_models_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tagger-{Guid.NewGuid():N}.zip");
        try
        {
            TrainedTinyTagger.TwoPass.FirstPassOnly().Save(path);
            var reloaded = EntityTagger.Load(path);
            Assert.False(reloaded.HasSecondPass);
            Assert.False(reloaded.Features.SecondPass);
        }
        finally
        {
            File.Delete(path);
        }
        var error = LoadEdited(TrainedTinyTagger.TwoPass.FirstPassOnly(), json => json.Replace("\"SecondPass\": false", "\"SecondPass\": true"));
        Assert.Contains("two passes", error.Message);
    }

    /// <summary>Saves <paramref name="tagger"/>, rewrites its header with <paramref name="edit"/>, and returns the error loading it gives (naming the file).</summary>
    private static InvalidDataException LoadEdited(EntityTagger tagger, Func<string, string> edit)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tagger-{Guid.NewGuid():N}.zip");
        try
        {
            tagger.Save(path);
            using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
            {
                var entry = zip.GetEntry("EntityPipeline/tagger.json")!;
                string json;
                using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
                entry.Delete();
                var edited = edit(json);
                Assert.NotEqual(json, edited);
                using var writer = new StreamWriter(zip.CreateEntry("EntityPipeline/tagger.json").Open());
                writer.Write(edited);
            }
            var error = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
            Assert.Contains(path, error.Message);
            return error;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_refinement_adds_corrected_strings_to_the_lexicon_but_not_the_models_own_labels()
    {
        static AnnotatedSentence Sentence(string name, bool modelLabelled) =>
            new($"{name}昨天在北京参观了清华大学。", [new EntitySpan(0, name.Length, EntityType.PER)], Weight: 5, ModelLabelled: modelLabelled);

        var refined = new TaggerTrainer(new TaggerTrainingOptions(TaggerTrainerKind.Lbfgs, Iterations: 1))
            .Train([Sentence("司马南", modelLabelled: false), Sentence("欧阳明", modelLabelled: true)], warmStart: TrainedTinyTagger.TwoPass);

        var entries = refined.Lexicon.Entries.Select(e => e.Key).ToHashSet();
        Assert.Contains("司马南", entries);
        Assert.DoesNotContain("欧阳明", entries);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Warm_start_continues_from_the_given_model(bool twoPass)
    {
        // Given the tiny model, when L-BFGS retrains from it for a few iterations on heavily weighted examples,
        // then the result still finds unseen names in held-out sentences (it started from good weights, not from zero:
        // three iterations on six sentences would not get there), and a two-pass model stays two-pass.
        var corrections = TinyCorpus.Sentences().Take(6).Select(s => s with { Weight = 5 });
        var retrained = new TaggerTrainer(new TaggerTrainingOptions(TaggerTrainerKind.Lbfgs, Iterations: 3))
            .Train(corrections, warmStart: twoPass ? TrainedTinyTagger.TwoPass : TrainedTinyTagger.Value);
        Assert.Equal(twoPass, retrained.HasSecondPass);
        HeldOutScore.AssertLearnt(retrained, "refined");
    }

    [Fact]
    public void Refining_a_two_pass_model_keeps_its_first_pass_and_refits_its_second()
    {
        // Given the two-pass tiny model, when refined on a few examples, then its first pass gives the same label
        // probabilities as before (the second pass learnt from exactly those labels) and its second pass does not.
        var baseModel = TrainedTinyTagger.TwoPass;
        var corrections = TinyCorpus.Sentences().Take(6).Select(s => s with { Weight = 5 });
        var refined = new TaggerTrainer(new TaggerTrainingOptions(TaggerTrainerKind.Lbfgs, Iterations: 3)).Train(corrections, warmStart: baseModel);

        int[] features = [3, 77, 1000, 4095];
        float[] Probabilities(LinearLabelScorer scorer)
        {
            var logProbs = new float[BioesLabels.Count];
            scorer.LogProbabilities(features, features.Length, logProbs);
            return logProbs;
        }
        Assert.Equal(Probabilities(baseModel.Scorer), Probabilities(refined.Scorer));
        Assert.NotEqual(Probabilities(baseModel.SecondPass!), Probabilities(refined.SecondPass!));
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
