using System.Diagnostics;
using EntityPipeline.Documents;
using EntityPipeline.Evaluation;
using EntityPipeline.Processing;

namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// Scores the figures a pipeline finds against a gold figures table: every document the table names goes through the
/// pipeline as <c>run</c> runs it, so with an entity stage the subjects come from its mentions exactly as in figures.csv;
/// then <see cref="FigureEvaluator"/> compares. The documents are files of a folder, read as <c>run</c> reads them
/// (<see cref="GoldDocuments"/>), or corpus documents (<see cref="CorpusFigureGold"/>). Times the figures stage as it runs.
/// </summary>
public static class FigureEvaluation
{
    public static FigureEvaluationResult Run(Pipeline pipeline, string goldPath, string docsFolder)
    {
        var gold = GoldFigureReader.Read(goldPath).ToLookup(g => g.DocId, StringComparer.Ordinal);
        return Score(pipeline, timed => GoldDocuments.Run(timed, gold.Select(g => g.Key), goldPath, docsFolder)
            .Select(d => (d, (IReadOnlyList<GoldFigure>)[.. gold[d.Id].Select(g => GoldFigureReader.ToUtf16(g, d.Text))])));
    }

    /// <summary>Scores corpus documents with their gold figures (<see cref="CorpusFigureGold"/>).</summary>
    public static FigureEvaluationResult Run(Pipeline pipeline, IReadOnlyList<GoldDocument> gold) =>
        Score(pipeline, timed => gold.Select(g =>
        {
            var document = new Document(g.Id, g.Text);
            timed.Process(document);
            return (document, g.Figures);
        }));

    /// <summary>Runs the documents through the pipeline, its figures stage timed, and scores their figures against the gold.</summary>
    private static FigureEvaluationResult Score(Pipeline pipeline, Func<Pipeline, IEnumerable<(Document Processed, IReadOnlyList<GoldFigure> Gold)>> documents)
    {
        var figureTime = new Stopwatch();
        var timed = TimedStage.Timing(pipeline, Layers.Figures, figureTime);
        var scored = new List<(string, string, IReadOnlyList<GoldFigure>, IReadOnlyList<Figure>)>();
        long chars = 0;
        foreach (var (document, gold) in documents(timed))
        {
            chars += document.Text.Length;
            scored.Add((document.Id, document.Text, gold, document.Figures));
        }
        return new FigureEvaluationResult(FigureEvaluator.Score(scored), chars, figureTime.Elapsed);
    }

    /// <summary>
    /// Times the figures stage of <paramref name="pipeline"/> alone over <paramref name="texts"/> (one document each): the
    /// earlier stages run once, untimed; then the figures stage runs on copies of those documents, after a warm-up pass,
    /// until about <paramref name="minimum"/> has passed. Characters per second.
    /// </summary>
    public static double MeasureSpeed(Pipeline pipeline, IReadOnlyList<string> texts, TimeSpan minimum)
    {
        var figures = pipeline.Stages.FirstOrDefault(s => (s.Produces & Layers.Figures) != Layers.None)
            ?? throw new ArgumentException("the pipeline has no figures stage to time");
        var earlier = new Pipeline([.. pipeline.Stages.TakeWhile(s => s != figures)]);
        var prepared = texts.Select((text, i) =>
        {
            var document = new Document($"speed-{i}", text);
            earlier.Process(document);
            return document;
        }).ToList();
        long chars = 0;
        var watch = new Stopwatch();
        for (int pass = 0; pass == 0 || watch.Elapsed < minimum; pass++)
        {
            if (pass == 1) { watch.Reset(); chars = 0; }   // the first pass warms the JIT up
            foreach (var source in prepared)
            {
                var document = WithoutFigures(source);
                watch.Start();
                figures.Process(document);
                watch.Stop();
                chars += document.Text.Length;
            }
        }
        return chars / watch.Elapsed.TotalSeconds;
    }

    /// <summary>A fresh document with the layers of <paramref name="source"/> that the figures stage reads (each layer is set once).</summary>
    private static Document WithoutFigures(Document source)
    {
        var copy = new Document(source.Id, source.Text);
        if (source.Has(Layers.Sentences)) copy.SetSentences(source.Sentences);
        if (source.Has(Layers.Tokens)) copy.SetTokens(source.Tokens);
        if (source.Has(Layers.Mentions)) copy.SetMentions(source.Mentions);
        return copy;
    }
}
