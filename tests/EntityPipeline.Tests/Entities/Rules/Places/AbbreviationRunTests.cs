using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Tests.Training;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public class AbbreviationRunTests
{
    [Fact]
    public void A_run_of_province_abbreviations_is_one_place_per_character()
    {
        Assert.True(AbbreviationRuns.IsRun("苏浙皖"));
        Assert.True(AbbreviationRuns.IsRun("闽粤港台"));
        Assert.False(AbbreviationRuns.IsRun("辽宁")); // a province's own name
        Assert.False(AbbreviationRuns.IsRun("苏")); // already one character
        Assert.False(AbbreviationRuns.IsRun("苏州"));
        Assert.False(AbbreviationRuns.IsRun("沪宁高速"));
    }

    [Theory]
    [InlineData("横跨苏浙皖三省", "O O B-LOC I-LOC E-LOC O O", "O O S-LOC S-LOC S-LOC O O")] // split
    [InlineData("闽粤港台同胞", "B-ORG I-ORG I-ORG E-ORG O O", "S-LOC S-LOC S-LOC S-LOC O O")] // an organisation made of places
    [InlineData("横跨沪苏浙", "O O S-LOC O O", "O O S-LOC S-LOC S-LOC")] // joined from a place tagged alone
    [InlineData("苏浙沪地区", "O O S-LOC O O", "S-LOC S-LOC S-LOC O O")] // joined leftwards too
    [InlineData("辽宁省", "B-LOC E-LOC O", "B-LOC E-LOC O")] // a province's own name
    [InlineData("沪宁高速", "B-LOC I-LOC I-LOC E-LOC", "B-LOC I-LOC I-LOC E-LOC")] // not only abbreviations
    [InlineData("苏州港", "S-LOC O O", "S-LOC O O")] // 州 is no abbreviation
    [InlineData("湘鄂两省", "O O O O", "O O O O")] // nothing tagged, nothing joined
    [InlineData("京京说", "B-PER E-PER O", "B-PER E-PER O")] // a name
    [InlineData("吉宁说", "B-PER E-PER O", "B-PER E-PER O")] // two abbreviations as a person: likelier a name
    [InlineData("苏浙皖三省", "B-PER I-PER E-PER O O", "S-LOC S-LOC S-LOC O O")] // three as a person: the tagger's error
    public void Decoded_labels_tag_abbreviations_one_place_per_character(string text, string decoded, string emitted)
    {
        var labels = decoded.Split(' ').Select(Label).ToArray();
        AbbreviationRuns.Split(text, labels);
        Assert.Equal(emitted, string.Join(' ', labels.Select(BioesLabels.Name)));
    }

    private static int Label(string name) => name == "O" ? BioesLabels.Outside
        : BioesLabels.Label(Enum.Parse<EntityType>(name[2..]), "BIES".IndexOf(name[0]));

    [Fact]
    public void A_tagger_that_tags_a_run_whole_emits_one_place_per_character()
    {
        // Given a tagger trained to tag runs of abbreviations as one place (as no real corpus does), when it tags one,
        // even one it has seen whole, then the run comes out as one place per character, each with its character's confidence.
        string[] runs = ["沪苏浙", "京津冀", "川渝", "苏浙皖", "粤港澳", "湘鄂赣"];
        var examples = TinyCorpus.Sentences().Concat(runs.Select(run => new AnnotatedSentence(
            $"记者从{run}获悉，工作进展顺利。", [new EntitySpan(3, 3 + run.Length, EntityType.LOC)]))).ToList();
        var tagger = new TaggerTrainer(new TrainingRecipe { Epochs = 20, Features = new TaggerFeatureOptions(HashBits: 14, SecondPass: false) }).Train(examples);

        const string text = "记者从苏浙皖获悉，工作进展顺利。";
        var mentions = new List<Mention>();
        tagger.CreateSession().Tag(text, new SegmentationStage(tagger.Features.Segmentation), mentions);

        Assert.Equal(["苏 LOC", "浙 LOC", "皖 LOC"], mentions.Select(m => $"{text[m.Start..m.End]} {m.Type}"));
        Assert.All(mentions, m => Assert.InRange(m.Confidence, 0.0, 1.0));
        // The split is the rule's: source = rule, and each place as sure as the model was of its character being a place.
        Assert.All(mentions, m => Assert.Equal(MentionSource.Rule, m.Source));
        var untouched = new List<Mention>();
        tagger.CreateSession().Tag("记者从北京获悉。", new SegmentationStage(tagger.Features.Segmentation), untouched);
        Assert.Equal(["北京 Model"], untouched.Select(m => $"{"记者从北京获悉。"[m.Start..m.End]} {m.Source}"));
    }
}
