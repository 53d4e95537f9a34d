using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Text;

namespace EntityPipeline.Processing;

/// <summary>
/// Reads, decodes and runs one file through the pipeline. Any failure (unreadable, undecodable, a stage
/// that throws) becomes an error result naming the file, so one bad document never stops a run.
/// </summary>
public sealed class DocumentProcessor(Pipeline pipeline)
{
    public DocumentResult Process(SourceFile source)
    {
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(File.ReadAllBytes(source.FullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return DocumentResult.Failed(source, "", Describe(e));
        }

        var document = new Document(source.DocId, decoded.Text);
        try
        {
            pipeline.Process(document);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return DocumentResult.Failed(source, decoded.Encoding, $"processing failed: {e.GetType().Name}: {e.Message}");
        }
        if (decoded.Warning is null && string.IsNullOrWhiteSpace(decoded.Text))
            return new DocumentResult(source, document, decoded.Encoding, DocumentStatus.Warning, "empty file: no text");
        return decoded.Warning is null
            ? new DocumentResult(source, document, decoded.Encoding, DocumentStatus.Ok, "")
            : new DocumentResult(source, document, decoded.Encoding, DocumentStatus.Warning, decoded.Warning);
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "file not found (deleted or moved during the run)",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
