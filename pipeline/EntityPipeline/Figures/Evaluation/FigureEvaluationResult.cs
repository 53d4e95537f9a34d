namespace EntityPipeline.Figures.Evaluation;

/// <summary>Scores of a figures evaluation, with how many characters the figures stage read and how long it took.</summary>
public sealed record FigureEvaluationResult(FigureScores Scores, long Characters, TimeSpan FigureStageTime);
