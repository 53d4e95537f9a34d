using System.Diagnostics;
using EntityPipeline.Documents;
using EntityPipeline.Processing;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// Runs the figures stage over the documents a gold table names and scores it: reads each file from
/// <c>docs</c> (doc_id is its path there), decodes it, splits sentences and finds figures with a pipeline of
/// its own (SentenceStage + FigureStage: no tagger), then calls <see cref="FigureEvaluator"/>. Also times the
/// figures stage alone over every document, for its speed in characters per second.
/// </summary>
public sealed class FigureEvaluation(FigureResources resources)
{
    public FigureEvaluationResult Run(string goldPath, string docsFolder)
    {
        var gold = GoldFigureReader.Read(goldPath);
        var sentenceStage = new SentenceStage(new SentenceSplitter());
        var figureStage = new FigureStage(resources);
        _ = new Pipeline([sentenceStage, figureStage]);   // checks the stage order

        var documents = new List<(string, string, IReadOnlyList<GoldFigure>, IReadOnlyList<Figure>)>();
        long chars = 0;
        var figureTime = new Stopwatch();
        foreach (var group in gold.GroupBy(g => g.DocId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(docsFolder, group.Key.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path)) throw new FileNotFoundException($"document of the gold table not found: {path}", path);
            var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text;
            var document = new Document(group.Key, text);
            sentenceStage.Process(document);
            figureTime.Start();
            figureStage.Process(document);
            figureTime.Stop();
            chars += text.Length;
            var goldRows = group.Select(g => GoldFigureReader.ToUtf16(g, text)).ToList();
            documents.Add((group.Key, text, goldRows, document.Figures));
        }
        return new FigureEvaluationResult(FigureEvaluator.Score(documents), chars, figureTime.Elapsed);
    }

    /// <summary>
    /// Times the figures stage alone over <paramref name="texts"/> (one document each, sentences split
    /// beforehand), after a warm-up pass, repeating them until about <paramref name="minimum"/> has passed:
    /// characters per second.
    /// </summary>
    public double MeasureSpeed(IReadOnlyList<string> texts, TimeSpan minimum)
    {
        var splitter = new SentenceSplitter();
        var sentences = texts.Select(t => splitter.Split(t)).ToList();
        var stage = new FigureStage(resources);
        long chars = 0;
        var watch = new Stopwatch();
        for (int pass = 0; pass == 0 || watch.Elapsed < minimum; pass++)
        {
            if (pass == 1) { watch.Reset(); chars = 0; }   // the first pass warms the JIT up
            for (int i = 0; i < texts.Count; i++)
            {
                var document = new Document("speed", texts[i]);
                document.SetSentences(sentences[i]);
                watch.Start();
                stage.Process(document);
                watch.Stop();
                chars += texts[i].Length;
            }
        }
        return chars / watch.Elapsed.TotalSeconds;
    }
}
