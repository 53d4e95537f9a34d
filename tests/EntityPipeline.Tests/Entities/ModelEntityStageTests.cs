using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Processing;
using EntityPipeline.Tests.Training;

namespace EntityPipeline.Tests.Entities;

public sealed class ModelEntityStageTests
{
    [Fact]
    public void Adds_model_mentions_with_document_offsets_and_confidences()
    {
        // Given a document of two sentences, when run through sentences → jieba → model,
        // then mentions point into the document text (second sentence offsets included) and come from the model.
        const string text = "张伟昨天在上海参观了华为公司。\n记者从南京获悉，李娜将加入北京大学。";
        var document = new Document("a.txt", text);
        PipelineFactory.Create(new PipelineOptions { Figures = false }, TrainedTinyTagger.Value).Process(document);

        var found = document.Mentions.Select(m => $"{text[m.Start..m.End]}/{m.Type}").ToList();
        Assert.Equal(["张伟/PER", "上海/LOC", "华为公司/ORG", "南京/LOC", "李娜/PER", "北京大学/ORG"], found);
        Assert.All(document.Mentions, m =>
        {
            Assert.Equal(MentionSource.Model, m.Source);
            Assert.InRange(m.Confidence, 0.0, 1.0);
        });
        Assert.Equal(text.IndexOf("李娜", StringComparison.Ordinal), document.Mentions[4].Start);
    }

    [Fact]
    public void A_mention_never_starts_or_ends_with_white_space()
    {
        // A tagger that puts every character in a mention (O all but forbidden, no label rules) starts and ends some at spaces;
        // the mentions hold the names alone, and every other character is still in one.
        const string text = " Tim Cook 表示， 满意 ";
        var tagger = TrainedTinyTagger.Value.WithRules(LabelRules.None).WithOutsideBias(-1000);
        var document = new Document("a.txt", text);
        PipelineFactory.Create(new PipelineOptions { Figures = false }, tagger).Process(document);

        Assert.All(document.Mentions, m => Assert.False(char.IsWhiteSpace(text[m.Start]) || char.IsWhiteSpace(text[m.End - 1])));
        Assert.All(Enumerable.Range(0, text.Length).Where(i => !char.IsWhiteSpace(text[i])),
            i => Assert.Contains(document.Mentions, m => m.Start <= i && i < m.End));
    }
}
