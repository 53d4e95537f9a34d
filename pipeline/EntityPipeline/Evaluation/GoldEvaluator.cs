using EntityPipeline.Entities.Tagging;
using EntityPipeline.Processing;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Scores a tagger against a gold table over a folder of documents, read and run as <c>run</c> does
/// (<see cref="GoldDocuments"/>: sentences → jieba → model and its consistency rules). Every document named in the gold table is scored (one with
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
        var evaluation = new SpanEvaluation();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long chars = 0;
        foreach (var document in GoldDocuments.Run(pipeline, gold.Select(g => g.Key), goldPath, docsFolder))
        {
            var group = gold[document.Id];
            var text = document.Text;
            chars += text.Length;
            var spans = group.Select(g => GoldTableReader.Locate(g, text, goldPath)).ToList();
            // Sentences are the bootstrap's units: a gold table may cover a single long article.
            evaluation.Add(document.Id, text, spans, document.Mentions.Select(m => (m.Start, m.End, m.Type)), unitStarts: [.. document.Sentences.Select(s => s.Start)]);
        }
        return (evaluation, gold.Count, chars, clock.Elapsed);
    }
}
