using System.Collections.Immutable;

namespace EntityPipeline.Evaluation;

/// <summary>Scores per entity type and micro-averaged over all, CoNLL style (exact span and type).</summary>
public sealed record EvaluationReport(ImmutableArray<TypeScores> PerType, TypeScores Micro);
