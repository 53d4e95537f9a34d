using System.Text;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;
using EntityPipeline.Training.Corrections;

namespace EntityPipeline.Tests.Training;

public sealed class RehearsalTests
{
    private const string Visit = "张伟昨天在北京参观了清华大学。", Report = "记者从上海获悉，李娜将加入中国银行。";

    private static string Labels(AnnotatedSentence sentence) =>
        string.Join(" ", sentence.Entities.Select(e => $"{sentence.Text[e.Start..e.End]}/{e.Type}"));

    [Fact]
    public void Articles_become_sentences_labelled_by_the_model()
    {
        // Given a folder of two articles the tiny model tags well, when it is labelled for rehearsal, then each sentence is
        // an example whose spans are the model's, counted from the sentence's own start (the second sentence too).
        using var folder = new TempFolder();
        folder.Write("a.txt", Encoding.UTF8.GetBytes(Visit + "\n" + Report + "\n"));
        folder.Write("sub/b.txt", Encoding.UTF8.GetBytes(Report));

        var (examples, summary) = Rehearsal.Label(TrainedTinyTagger.Value, [folder.Path], new HashSet<string>());

        Assert.Equal([Visit, Report, Report], examples.Select(e => e.Text));
        Assert.Equal("张伟/PER 北京/LOC 清华大学/ORG", Labels(examples[0]));
        Assert.Equal("上海/LOC 李娜/PER 中国银行/ORG", Labels(examples[1]));
        Assert.All(examples, e => Assert.True(e.Weight == 1.0 && e.ModelLabelled)); // trained on at a corpus sentence's weight, kept out of the lexicon
        Assert.Equal((2, 3, (long)(Visit.Length + 2 * Report.Length)), (summary.Documents, summary.Sentences, summary.Characters));
    }

    [Fact]
    public void Sentences_annotated_by_hand_are_left_out()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", Encoding.UTF8.GetBytes(Visit + "\n" + Report));

        var (examples, _) = Rehearsal.Label(TrainedTinyTagger.Value, [file], new HashSet<string> { Visit });

        Assert.Equal([Report], examples.Select(e => e.Text));
    }

    [Fact]
    public void An_article_that_cannot_be_read_stops_it_naming_the_file()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Encoding.UTF8.GetBytes(Visit));
        var bad = folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);

        var error = Assert.Throws<InvalidDataException>(() => Rehearsal.Label(TrainedTinyTagger.Value, [folder.Path], new HashSet<string>()));

        Assert.Contains(bad, error.Message);
    }

    [Fact]
    public void A_folder_without_articles_is_refused_by_name()
    {
        using var folder = new TempFolder();
        folder.Write("notes.md", Encoding.UTF8.GetBytes(Visit));

        var error = Assert.Throws<InvalidDataException>(() => Rehearsal.Label(TrainedTinyTagger.Value, [folder.Path], new HashSet<string>()));

        Assert.Contains(folder.Path, error.Message);
    }

    [Fact]
    public void A_refinement_with_rehearsal_records_it_on_the_card()
    {
        // Given the two-pass tiny model saved as a base and an article folder, one of whose two sentences is in the corrected
        // run, when it is refined on a few corrections with rehearsal, then only the other sentence is rehearsed, and the
        // card lists the rehearsal text with its counts and says the first pass was kept.
        using var folder = new TempFolder();
        folder.Write("articles/a.txt", Encoding.UTF8.GetBytes(Visit + "\n" + Report));
        var basePath = folder.File("base.zip");
        TrainedTinyTagger.TwoPass.Save(basePath);
        var corrections = new CorrectionSet([.. TinyCorpus.Sentences().Take(4).Select(s => s with { Weight = 10 })], ["entities.csv"], 1, 12)
        {
            RunSentences = new HashSet<string> { Report },
        };

        TaggerTrainingRun.Run(new TrainingRecipe(), folder.File("refined.zip"), "test", _ => { }, corrections: corrections,
            warmStart: (basePath, EntityTagger.Load(basePath)), rehearse: [folder.File("articles")]);

        var card = File.ReadAllText(folder.File("refined.card.md"));
        Assert.Contains($"(1 article, labelled by the base model) | text | 1 (1) | 1 | {Visit.Length} |", card);
        Assert.Contains("the weights of its first pass are kept, its second pass is refined", card);
    }

    [Fact]
    public void A_refinement_names_on_its_card_the_rules_its_corrections_do_not_follow()
    {
        // Given corrections that keep a title inside a name (宋院长) and ones that follow every rule, the card names the
        // person-names rule as off for the refined weights; with the latter alone it names none.
        using var folder = new TempFolder();
        var basePath = folder.File("base.zip");
        TrainedTinyTagger.Value.Save(basePath);
        const string Title = "宋院长昨天说，医院明年扩建。";
        AnnotatedSentence[] plain = [.. TinyCorpus.Sentences().Take(4)];
        foreach (var titled in new[] { false, true })
        {
            AnnotatedSentence[] examples = titled ? [.. plain, new AnnotatedSentence(Title, [new EntitySpan(0, 3, EntityType.PER)])] : plain;
            var model = folder.File($"refined{titled}.zip");
            TaggerTrainingRun.Run(new TrainingRecipe(), model, "test", _ => { }, corrections: new CorrectionSet(examples, ["entities.csv"], 1, 12),
                warmStart: (basePath, EntityTagger.Load(basePath)));
            var card = File.ReadAllText(ModelCard.PathFor(model));
            Assert.Equal(titled, card.Contains("without the label rules the corrections do not follow (person-names)"));
        }
    }

    [Fact]
    public void A_refinement_without_rehearsal_or_corpora_says_to_rehearse()
    {
        // Given only corrections (no --rehearse, no corpus sample), when a model is refined, then the log says to rehearse;
        // with rehearsal text it does not.
        using var folder = new TempFolder();
        folder.Write("articles/a.txt", Encoding.UTF8.GetBytes(Visit));
        var basePath = folder.File("base.zip");
        TrainedTinyTagger.Value.Save(basePath);
        var corrections = new CorrectionSet([.. TinyCorpus.Sentences().Take(4)], ["entities.csv"], 1, 12);
        foreach (var rehearse in new[] { false, true })
        {
            var lines = new List<string>();
            TaggerTrainingRun.Run(new TrainingRecipe(), folder.File($"refined{rehearse}.zip"), "test", lines.Add,
                corrections: corrections, warmStart: (basePath, EntityTagger.Load(basePath)), rehearse: rehearse ? [folder.File("articles")] : null);
            Assert.Equal(!rehearse, lines.Any(l => l.Contains("to rehearse, so")));
        }
    }
}
