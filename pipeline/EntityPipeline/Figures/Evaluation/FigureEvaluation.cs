using System.Diagnostics;
using EntityPipeline.Documents;
using EntityPipeline.Processing;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// Runs the figures stage over the documents of a gold table and scores it: documents are files of a folder
/// (doc_id is the path there, <see cref="FolderDocuments"/>) or corpus documents (<see cref="CorpusFigureGold"/>).
/// Each is split into sentences and its figures found with a pipeline of its own (SentenceStage + FigureStage:
/// no tagger), then <see cref="FigureEvaluator"/> scores them. Also times the figures stage alone over every
/// document, for its speed in characters per second.
/// </summary>
public sealed class FigureEvaluation(FigureResources resources)
{
    public FigureEvaluationResult Run(string goldPath, string docsFolder) => Run(FolderDocuments(goldPath, docsFolder));

    public FigureEvaluationResult Run(IReadOnlyList<GoldDocument> gold)
    {
        var sentenceStage = new SentenceStage(new SentenceSplitter());
        var figureStage = new FigureStage(resources);
        _ = new Pipeline([sentenceStage, figureStage]);   // checks the stage order

        var documents = new List<(string, string, IReadOnlyList<GoldFigure>, IReadOnlyList<Figure>)>();
        long chars = 0;
        var figureTime = new Stopwatch();
        foreach (var (id, text, goldRows) in gold)
        {
            var document = new Document(id, text);
            sentenceStage.Process(document);
            figureTime.Start();
            figureStage.Process(document);
            figureTime.Stop();
            chars += text.Length;
            documents.Add((id, text, goldRows, document.Figures));
        }
        return new FigureEvaluationResult(FigureEvaluator.Score(documents), chars, figureTime.Elapsed);
    }

    /// <summary>The documents of a gold table over a folder of files: doc_id is a file's path in <paramref name="docsFolder"/>.</summary>
    public static IReadOnlyList<GoldDocument> FolderDocuments(string goldPath, string docsFolder)
    {
        var documents = new List<GoldDocument>();
        foreach (var group in GoldFigureReader.Read(goldPath).GroupBy(g => g.DocId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(docsFolder, group.Key.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path)) throw new FileNotFoundException($"document of the gold table not found: {path}", path);
            var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text;
            documents.Add(new GoldDocument(group.Key, text, [.. group.Select(g => GoldFigureReader.ToUtf16(g, text))]));
        }
        return documents;
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
