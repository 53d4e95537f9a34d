namespace EntityPipeline.Training;

/// <summary>
/// How the tagger's linear weights are fitted. The perceptron alone is kept: it beat ML.NET's SDCA maximum-entropy fit of the
/// same features by 2.4 points of MSRA dev F1 and trains in a tenth of the time (README, "structured perceptron"); the SDCA and
/// L-BFGS trainers went with the model file that stored ML.NET's parameters.
/// </summary>
public enum TaggerTrainerKind
{
    /// <summary>Averaged structured perceptron (<see cref="StructuredPerceptron"/>), trained on Viterbi-decoded sentences, as it tags.</summary>
    Perceptron,
}
