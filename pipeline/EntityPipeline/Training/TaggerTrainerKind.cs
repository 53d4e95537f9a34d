namespace EntityPipeline.Training;

/// <summary>How the tagger's linear weights are fitted. Every kind gives an ML.NET maximum-entropy model file.</summary>
public enum TaggerTrainerKind
{
    /// <summary>SdcaMaximumEntropy: fast on millions of sparse rows; starts from zero weights.</summary>
    Sdca,

    /// <summary>LbfgsMaximumEntropy: slower per pass, but can start from an existing model's weights (warm start).</summary>
    Lbfgs,

    /// <summary>
    /// Averaged structured perceptron (<see cref="StructuredPerceptron"/>): trained on Viterbi-decoded sentences, as it tags;
    /// its calibrated weights are stored as an ML.NET maximum-entropy model. It refines a model it trained (the temperatures are
    /// kept with the model); a maximum-entropy model is refined by L-BFGS.
    /// </summary>
    Perceptron,
}
