using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Training.Corpora;
using EntityPipeline.Training;

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
        var tagger = new TaggerTrainer(new TrainingRecipe { Epochs = 20, Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: false) }).Train(unrelated);
        Assert.InRange(HeldOutScore.F1(tagger), 0, HeldOutScore.Bar / 2);
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
    public void A_model_whose_second_pass_reads_version_2_features_tags_a_document_of_several_sentences()
    {
        // Models trained before the type probabilities (such as the previous default) read no type bins: tagging a
        // document past its first sentence must not reach for them.
        var twoPass = TrainedTinyTagger.TwoPass;
        var v2 = new EntityTagger(twoPass.Features, twoPass.Lexicon, twoPass.Scorer, twoPass.OutsideBias, twoPass.SecondPass, secondPassFeatures: 2);
        var (text, mentions) = TagDocument(v2.CreateSession(), v2);

        Assert.NotEmpty(mentions);
        Assert.All(mentions.Zip(mentions.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.All(mentions, m => Assert.InRange(m.End, m.Start + 1, text.Length));
    }

    [Fact]
    public void A_refinement_adds_corrected_strings_to_the_lexicon_but_not_the_models_own_labels()
    {
        static AnnotatedSentence Sentence(string name, bool modelLabelled) =>
            new($"{name}昨天在北京参观了清华大学。", [new EntitySpan(0, name.Length, EntityType.PER)], Weight: 5, ModelLabelled: modelLabelled);

        var refined = new TaggerTrainer(new TrainingRecipe())
            .Train([Sentence("司马南", modelLabelled: false), Sentence("欧阳明", modelLabelled: true)], warmStart: TrainedTinyTagger.TwoPass);

        var entries = refined.Domain!.Tagger.Lexicon.Entries.Select(e => e.Key).ToHashSet();
        Assert.Contains("司马南", entries);
        Assert.DoesNotContain("欧阳明", entries);
        Assert.DoesNotContain("司马南", refined.Lexicon.Entries.Select(e => e.Key)); // the base lexicon, for other documents
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Warm_start_continues_from_the_given_model(bool twoPass)
    {
        // Given the tiny model, when the perceptron refines it for a few epochs on heavily weighted examples,
        // then the result still finds unseen names in held-out sentences (it started from good weights, not from zero),
        // and a two-pass model stays two-pass.
        var corrections = TinyCorpus.Sentences().Take(6).Select(s => s with { Weight = 5 });
        var retrained = new TaggerTrainer(new TrainingRecipe { RefineEpochs = 3 })
            .Train(corrections, warmStart: twoPass ? TrainedTinyTagger.TwoPass : TrainedTinyTagger.Value);
        Assert.Equal(twoPass, retrained.HasSecondPass);
        HeldOutScore.AssertLearnt(retrained, "refined");
    }

    [Fact]
    public void Refining_a_two_pass_model_keeps_its_first_pass_and_refits_its_second()
    {
        // Given the two-pass tiny model, when refined on a few corrections it gets wrong (every entity made a place), then the
        // refined tagger (the model's domain) keeps its first pass (the second pass learnt from exactly its labels) and its second
        // pass does not; the model's own weights stay the base model's, for documents not of the corrections' kind.
        var baseModel = TrainedTinyTagger.TwoPass;
        var corrections = TinyCorpus.Sentences().Take(6).Select(s => s with { Entities = [.. s.Entities.Select(e => e with { Type = EntityType.LOC })] });
        var refined = new TaggerTrainer(new TrainingRecipe()).Train(corrections, warmStart: baseModel);

        var learnt = refined.Domain!.Tagger;
        Assert.Same(baseModel.Scorer, learnt.Scorer);
        Assert.NotEqual(baseModel.SecondPass!.Export().Weights, learnt.SecondPass!.Export().Weights);
        Assert.Same(baseModel.SecondPass, refined.SecondPass);
        Assert.Same(baseModel.Lexicon, refined.Lexicon);
    }

    [Fact]
    public void A_failed_training_run_leaves_the_existing_model_alone()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var model = Path.Combine(folder, "model.zip");
            File.WriteAllText(model, "previous model");
            var missing = Path.Combine(folder, "missing.bio");
            var recipe = new TrainingRecipe { Corpora = [new RecipeCorpus(missing, CorpusFormat.MsraBio)] };
            Assert.Throws<FileNotFoundException>(() => TaggerTrainingRun.Run(recipe, model, "test", _ => { }));
            Assert.Equal("previous model", File.ReadAllText(model));
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
