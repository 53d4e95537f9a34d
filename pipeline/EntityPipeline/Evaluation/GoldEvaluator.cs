using EntityPipeline.Entities;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Input;
using EntityPipeline.Processing;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Scores a tagger against a gold table over a folder of documents, through the same stages as
/// <c>run</c> (sentences → jieba → model). Every document named in the gold table is scored (one with
/// no rows would be indistinguishable from an unannotated one, so documents absent from the table are skipped).
/// </summary>
public static class GoldEvaluator
{
    public static (SpanEvaluation Evaluation, int Documents, long Characters, TimeSpan Elapsed) Evaluate(EntityTagger tagger, string goldPath, string docsFolder, bool documentConsistency = true) =>
        Evaluate(PipelineFactory.Create(new PipelineOptions { Figures = false, DocumentConsistency = documentConsistency }, tagger), goldPath, docsFolder);

    /// <summary>Scores whatever entity stage <paramref name="pipeline"/> ends with (the model, or the dictionary baseline).</summary>
    public static (SpanEvaluation Evaluation, int Documents, long Characters, TimeSpan Elapsed) Evaluate(Pipeline pipeline, string goldPath, string docsFolder)
    {
        var gold = GoldTableReader.Read(goldPath).ToLookup(g => g.DocId, StringComparer.Ordinal);
        var files = DocumentSource.List(docsFolder).ToDictionary(f => f.DocId, StringComparer.Ordinal);
        foreach (var docId in gold.Select(g => g.Key))
            if (!files.ContainsKey(docId))
                throw new FileNotFoundException($"{goldPath}: document '{docId}' is not in {docsFolder}");

        var processor = new DocumentProcessor(pipeline);
        var evaluation = new SpanEvaluation();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long chars = 0;
        foreach (var group in gold.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var result = processor.Process(files[group.Key]);
            var document = result.Document ?? throw new InvalidDataException($"{group.Key}: {result.Message}");
            var text = document.Text;
            chars += text.Length;
            var spans = new List<(int, int, Documents.EntityType)>();
            foreach (var g in group)
            {
                int start = GoldTableReader.ToUtf16(text, g.Start), end = GoldTableReader.ToUtf16(text, g.End);
                if (end > text.Length || text[start..end] != g.Text)
                    throw new InvalidDataException($"{goldPath}:{g.Line}: '{g.Text}' is not at [{g.Start}, {g.End}) of {g.DocId}");
                spans.Add((start, end, g.Type));
            }
            // Sentences are the bootstrap's units: a gold table may cover a single long article.
            evaluation.Add(group.Key, text, spans, document.Mentions.Select(m => (m.Start, m.End, m.Type)), unitStarts: [.. document.Sentences.Select(s => s.Start)]);
        }
        return (evaluation, gold.Count, chars, clock.Elapsed);
    }
}
