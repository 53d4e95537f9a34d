using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Processing;

namespace EntityPipeline.Evaluation;

/// <summary>
/// The documents a gold table names, read from its folder and run through a pipeline exactly as <c>run</c> reads and
/// runs them (<see cref="DocumentProcessor"/>: the same decoding, the same stages), in doc_id order.
/// </summary>
internal static class GoldDocuments
{
    public static IEnumerable<Document> Run(Pipeline pipeline, IEnumerable<string> docIds, string goldPath, string docsFolder)
    {
        var files = DocumentSource.List(docsFolder).ToDictionary(f => f.DocId, StringComparer.Ordinal);
        var ids = docIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var id in ids)
            if (!files.ContainsKey(id))
                throw new FileNotFoundException($"{goldPath}: document '{id}' is not in {docsFolder}");
        var processor = new DocumentProcessor(pipeline);
        foreach (var id in ids)
        {
            var result = processor.Process(files[id]);
            yield return result.Document ?? throw new InvalidDataException($"{id}: {result.Message}");
        }
    }
}
