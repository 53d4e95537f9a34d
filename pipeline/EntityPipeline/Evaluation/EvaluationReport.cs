using System.Collections.Immutable;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Scores per entity type and micro-averaged over all, CoNLL style (exact span and type); and of the mentions written with a
/// Latin letter (<see cref="Latin"/>, a part of the micro scores, not a type).
/// </summary>
public sealed record EvaluationReport(ImmutableArray<TypeScores> PerType, TypeScores Micro, TypeScores Latin);
