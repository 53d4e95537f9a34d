using EntityPipeline.Documents;
using EntityPipeline.Input;

namespace EntityPipeline.Processing;

/// <summary>What a worker hands to the writer for one input file: the processed document, or why there is none.</summary>
public sealed record DocumentResult(SourceFile Source, Document? Document, string Encoding, DocumentStatus Status, string Message)
{
    public static DocumentResult Failed(SourceFile source, string encoding, string message) =>
        new(source, null, encoding, DocumentStatus.Error, message);
}
