using EntityPipeline.Documents;

namespace EntityPipeline.Evaluation;

/// <summary>One error: where (document or sentence id, offsets into its text), which text, and the gold and predicted types.</summary>
public sealed record EvaluationError(string DocId, int Start, int End, string Text, EvaluationErrorKind Kind, EntityType? Gold, EntityType? Predicted);
