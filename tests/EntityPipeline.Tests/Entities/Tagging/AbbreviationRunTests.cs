using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Tests.Training;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Entities.Tagging;

public class AbbreviationRunTests
{
    [Fact]
    public void A_run_of_province_abbreviations_is_one_place_per_character()
    {
        Assert.True(ShortForms.IsAbbreviationRun("苏浙皖"));
        Assert.True(ShortForms.IsAbbreviationRun("闽粤港台"));
        Assert.False(ShortForms.IsAbbreviationRun("辽宁")); // a province's own name
        Assert.False(ShortForms.IsAbbreviationRun("苏")); // already one character
        Assert.False(ShortForms.IsAbbreviationRun("苏州"));
        Assert.False(ShortForms.IsAbbreviationRun("沪宁高速"));
    }

    [Fact]
    public void A_tagger_that_tags_a_run_whole_emits_one_place_per_character()
    {
        // Given a tagger trained to tag runs of abbreviations as one place (as no real corpus does), when it tags one,
        // even one it has seen whole, then the run comes out as one place per character, each with its character's confidence.
        string[] runs = ["沪苏浙", "京津冀", "川渝", "苏浙皖", "粤港澳", "湘鄂赣"];
        var examples = TinyCorpus.Sentences().Concat(runs.Select(run => new AnnotatedSentence(
            $"记者从{run}获悉，工作进展顺利。", [new EntitySpan(3, 3 + run.Length, EntityType.LOC)]))).ToList();
        var tagger = new TaggerTrainer(new TaggerTrainingOptions(Iterations: 20) { Features = new TaggerFeatureOptions(HashBits: 14) }).Train(examples);

        const string text = "记者从苏浙皖获悉，工作进展顺利。";
        var mentions = new List<Mention>();
        tagger.CreateSession().Tag(text, new SegmentationStage(tagger.Features.Segmentation), mentions);

        Assert.Equal(["苏 LOC", "浙 LOC", "皖 LOC"], mentions.Select(m => $"{text[m.Start..m.End]} {m.Type}"));
        Assert.All(mentions, m => Assert.InRange(m.Confidence, 0.0, 1.0));
    }
}
