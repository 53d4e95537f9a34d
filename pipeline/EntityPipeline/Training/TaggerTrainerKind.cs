namespace EntityPipeline.Training;

/// <summary>The ML.NET multiclass trainer behind the tagger.</summary>
public enum TaggerTrainerKind
{
    /// <summary>SdcaMaximumEntropy: fast on millions of sparse rows; starts from zero weights.</summary>
    Sdca,

    /// <summary>LbfgsMaximumEntropy: slower per pass, but can start from an existing model's weights (warm start).</summary>
    Lbfgs,
}
