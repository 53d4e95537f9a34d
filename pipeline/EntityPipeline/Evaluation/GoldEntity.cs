using EntityPipeline.Documents;

namespace EntityPipeline.Evaluation;

/// <summary>A row of a gold entity table: document, code-point offsets as written in the file, type and text.</summary>
public sealed record GoldEntity(string DocId, int Start, int End, EntityType Type, string Text, int Line);
