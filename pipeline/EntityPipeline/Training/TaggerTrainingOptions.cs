using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Training;

/// <summary>How to train a tagger. The defaults are the shipped model's trainer and epochs; its features are in <see cref="Features"/>.</summary>
/// <param name="Trainer">How the weights are fitted.</param>
/// <param name="Iterations">Passes over the data (perceptron or SDCA epochs, or L-BFGS iterations).</param>
/// <param name="L2">L2 regularization; null lets ML.NET choose (SDCA scales it by the data size).</param>
/// <param name="L1">L1 regularization (sparser weights); null for the trainer's default.</param>
/// <param name="Tolerance">SDCA stops when the relative duality gap falls below this (ML.NET's default, 0.1, stops early).</param>
/// <param name="Threads">Trainer threads; 1 keeps training deterministic for a fixed seed.</param>
/// <param name="Seed">The MLContext seed (shuffling).</param>
/// <param name="OutsideBias">Stored with the model: added to O's log-probability before decoding (see <see cref="Entities.Tagging.EntityTagger.OutsideBias"/>).</param>
public sealed record TaggerTrainingOptions(
    TaggerTrainerKind Trainer = TaggerTrainerKind.Perceptron,
    int Iterations = 6,
    float? L2 = null,
    float? L1 = null,
    float Tolerance = 0.1f,
    int Threads = 1,
    int Seed = 0,
    float OutsideBias = 0)
{
    public TaggerFeatureOptions Features { get; init; } = new();

    /// <summary>
    /// With a second pass: the training documents are split into this many folds, and each fold's first-pass labels come
    /// from a first pass trained on the other folds. More folds give labels closer to the full first pass's (each fold model
    /// sees more data) and cost more fits; they run in parallel, one per core.
    /// </summary>
    public int StackingFolds { get; init; } = 3;
}
