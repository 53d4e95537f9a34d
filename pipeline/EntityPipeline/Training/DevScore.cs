using EntityPipeline.Evaluation;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training;

/// <summary>A trained model's scores on one dev file.</summary>
public sealed record DevScore(CorpusFile File, int Sentences, EvaluationReport Report, TaggingSpeed Speed);
