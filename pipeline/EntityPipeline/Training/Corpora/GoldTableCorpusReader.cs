using EntityPipeline.Evaluation;
using EntityPipeline.Processing;
using EntityPipeline.Text;

namespace EntityPipeline.Training.Corpora;

/// <summary>
/// Reads one of the project's gold folders (gold/entities-modern: <c>entities.tsv</c> and the <c>docs/</c> it annotates) as
/// training sentences. Each document the table names is read and split into sentences as <c>run</c> reads and splits it
/// (<see cref="GoldDocuments"/> through the sentence stage alone), and each of its entities becomes a span of its sentence.
/// Documents the table does not name are left out, as the evaluator leaves them (unannotated); so is an entity across a
/// sentence end, which no sentence can hold. Sentences name their document as "folder/doc_id".
/// </summary>
public static class GoldTableCorpusReader
{
    public const string Table = "entities.tsv", Docs = "docs";

    public static IEnumerable<AnnotatedSentence> Read(string folder)
    {
        var goldPath = Path.Combine(folder, Table);
        var gold = GoldTableReader.Read(goldPath).ToLookup(g => g.DocId, StringComparer.Ordinal);
        var sentencesOnly = new Pipeline([new SentenceStage(new SentenceSplitter())]);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        foreach (var document in GoldDocuments.Run(sentencesOnly, gold.Select(g => g.Key), goldPath, Path.Combine(folder, Docs)))
        {
            var spans = gold[document.Id].Select(g => GoldTableReader.Locate(g, document.Text, goldPath)).ToList();
            foreach (var sentence in document.Sentences)
            {
                var inside = spans.Where(s => s.Start >= sentence.Start && s.End <= sentence.End)
                    .Select(s => new EntitySpan(s.Start - sentence.Start, s.End - sentence.Start, s.Type));
                yield return new AnnotatedSentence(document.Slice(sentence.Start, sentence.End), SpanOverlap.KeepLongest(inside), DocumentId: $"{name}/{document.Id}");
            }
        }
    }
}
