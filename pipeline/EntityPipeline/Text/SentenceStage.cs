using EntityPipeline.Documents;
using EntityPipeline.Processing;

namespace EntityPipeline.Text;

/// <summary>Adds the sentence layer.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IStage
{
    public string Name => nameof(SentenceStage);
    public Layers Requires => Layers.None;
    public Layers Produces => Layers.Sentences;

    public void Process(Document document) => document.SetSentences(splitter.Split(document.Text));
}
