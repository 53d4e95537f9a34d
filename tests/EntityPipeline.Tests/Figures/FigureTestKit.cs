using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Figures;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Figures;

/// <summary>Runs the figures stage on a hand-written text (sentences split first), with the shipped data files loaded once.</summary>
internal static class FigureTestKit
{
    public static readonly FigureResources Resources = FigureResources.LoadDefault();

    private static readonly SentenceStage Sentences = new(new SentenceSplitter());

    public static ImmutableArray<Figure> Find(string text, int? referenceYear = null)
    {
        var document = new Document("test.txt", text);
        Sentences.Process(document);
        new FigureStage(Resources, referenceYear).Process(document);
        return document.Figures;
    }

    /// <summary>The figure whose text is exactly <paramref name="span"/>; fails listing what was found otherwise.</summary>
    public static Figure Single(string text, string span, int? referenceYear = null)
    {
        var figures = Find(text, referenceYear);
        var hits = figures.Where(f => text[f.Start..f.End] == span).ToList();
        Assert.True(hits.Count == 1, $"expected one figure '{span}' in '{text}', found: " + string.Join(" | ", figures.Select(f => text[f.Start..f.End])));
        return hits[0];
    }
}
