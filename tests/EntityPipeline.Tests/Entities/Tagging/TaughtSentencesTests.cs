using System.IO.Compression;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Processing;
using EntityPipeline.Tests.Training;

namespace EntityPipeline.Tests.Entities.Tagging;

/// <summary>Sentences a user corrected come out as corrected (<see cref="TaughtSentences"/>), through the model file too.</summary>
public sealed class TaughtSentencesTests
{
    private const string Corrected = "华为公司的张伟来到南京。";

    /// <summary>The user's correction: 华为公司 is no entity here, 张伟 a person, 南京 an organisation (a deliberate choice).</summary>
    private static TaughtSentences Taught() =>
        new([(Corrected, [(5, 7, EntityType.PER), (9, 11, EntityType.ORG)])]);

    [Fact]
    public void A_taught_sentence_comes_out_as_corrected_and_nothing_is_spread_into_it()
    {
        // The second sentence tags 华为公司 itself, which document consistency would spread into the corrected one.
        string text = Corrected + "\n华为公司在深圳发布新手机。";
        var untaught = Mentions(TrainedTinyTagger.Value, text);
        Assert.Contains("华为公司/ORG@0", untaught);
        Assert.Contains("华为公司/ORG@13", untaught);

        var taught = Mentions(TrainedTinyTagger.Value.WithTaught(Taught()), text);
        Assert.Equal(["张伟/PER@5", "南京/ORG@9"], taught.Where(m => int.Parse(m.Split('@')[1]) < Corrected.Length));
        Assert.Contains("华为公司/ORG@13", taught); // another sentence is tagged by the weights
        Assert.Equal(untaught, Mentions(TrainedTinyTagger.Value.WithTaught(Taught()).WithTaught(TaughtSentences.None), text));
    }

    [Fact]
    public void No_consistency_rule_repairs_a_mention_the_user_corrected()
    {
        // The user tagged 为公司 here (a deliberate choice); the next sentence's 华为公司 would make it whole (CutNames).
        const string corrected = "他说华为公司好。";
        string text = corrected + "\n华为公司在深圳发布新手机。";
        var taught = new TaughtSentences([(corrected, [(3, 6, EntityType.ORG)])]);
        var mentions = Mentions(TrainedTinyTagger.Value.WithTaught(taught), text);
        Assert.Equal(["为公司/ORG@3"], mentions.Where(m => int.Parse(m.Split('@')[1]) < corrected.Length));
    }

    [Fact]
    public void A_later_round_wins_over_an_earlier_one_and_spans_outside_the_sentence_are_refused()
    {
        var later = new TaughtSentences([(Corrected, [(5, 7, EntityType.PER)])]).Over(Taught());
        Assert.True(later.TryGet(Corrected, out var entities));
        Assert.Equal([(5, 7, EntityType.PER)], entities.ToArray());
        Assert.Equal(1, later.Count);
        Assert.Throws<ArgumentException>(() => new TaughtSentences([("张伟", [(1, 3, EntityType.PER)])]));
    }

    [Fact]
    public void A_sentence_corrected_in_traditional_characters_is_found_in_either_script()
    {
        // The tagger reads a document in simplified characters (TaggingSession), so the lookup is by the simplified text;
        // the sentence is kept as the user wrote it.
        const string written = "華為公司的張偉來到南京。";
        var taught = new TaughtSentences([(written, [(5, 7, EntityType.PER)])]);
        Assert.True(taught.TryGet(Corrected, out var entities));
        Assert.Equal([(5, 7, EntityType.PER)], entities.ToArray());
        Assert.Equal(written, Assert.Single(taught.Sentences).Text);
        Assert.Equal(["张伟/PER@5"], Mentions(TrainedTinyTagger.Value.WithTaught(taught), written).Select(m => EntityPipeline.Text.CharFold.Simplify(m)));
    }

    [Fact]
    public void Taught_sentences_survive_the_model_file_and_a_model_without_them_writes_no_entry()
    {
        using var folder = new TempFolder();
        var path = folder.File("model.zip");
        TrainedTinyTagger.TwoPass.WithTaught(Taught()).Save(path);
        var reloaded = EntityTagger.Load(path);
        Assert.True(reloaded.Taught.TryGet(Corrected, out var entities));
        Assert.Equal([(5, 7, EntityType.PER), (9, 11, EntityType.ORG)], entities.ToArray());

        var plain = folder.File("plain.zip");
        TrainedTinyTagger.TwoPass.Save(plain);
        using var zip = ZipFile.OpenRead(plain);
        Assert.Null(zip.GetEntry("taught.json"));
        Assert.Equal(0, EntityTagger.Load(plain).Taught.Count);
    }

    private static List<string> Mentions(EntityTagger tagger, string text)
    {
        var document = new Document("a.txt", text);
        PipelineFactory.Create(new PipelineOptions { Figures = false }, tagger).Process(document);
        return [.. document.Mentions.Select(m => $"{text[m.Start..m.End]}/{m.Type}@{m.Start}")];
    }
}
