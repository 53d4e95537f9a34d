using EntityPipeline.Evaluation;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training;

/// <summary>A trained model's scores on one dev file, with the 95% bootstrap interval of micro F1 over its <paramref name="Documents"/>.</summary>
public sealed record DevScore(CorpusFile File, int Sentences, EvaluationReport Report, TaggingSpeed Speed, int Documents, double F1Low, double F1High);
