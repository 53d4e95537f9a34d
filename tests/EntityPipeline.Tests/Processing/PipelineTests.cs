using EntityPipeline.Documents;
using EntityPipeline.Processing;

namespace EntityPipeline.Tests.Processing;

public sealed class PipelineTests
{
    private sealed class FakeStage(string name, Layers requires, Layers produces) : IStage
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Produces => produces;
        public void Process(Document document) { }
    }

    [Fact]
    public void A_stage_whose_requirement_no_earlier_stage_produces_is_refused_when_built()
    {
        var e = Assert.Throws<ArgumentException>(() => new Pipeline([
            new FakeStage("Sentences", Layers.None, Layers.Sentences),
            new FakeStage("FigureStage", Layers.Tokens, Layers.Figures),
        ]));
        Assert.Equal("FigureStage requires Tokens, which no earlier stage produces.", e.Message);
    }

    [Fact]
    public void Two_stages_producing_the_same_layer_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new Pipeline([
            new FakeStage("A", Layers.None, Layers.Sentences),
            new FakeStage("B", Layers.None, Layers.Sentences),
        ]));
        Assert.Contains("B produces Sentences", e.Message);
    }

    [Fact]
    public void A_layer_is_set_once()
    {
        var doc = new Document("d", "abc");
        doc.SetSentences([new Sentence(0, 0, 3)]);
        Assert.Throws<InvalidOperationException>(() => doc.SetSentences([]));
        Assert.Throws<InvalidOperationException>(() => doc.Mentions);
    }
}
