namespace EntityPipeline.Evaluation;

/// <summary>Micro counts of one sampling unit (a document or a sentence) of an evaluation.</summary>
public record struct UnitCounts(int Gold, int Predicted, int Correct);
