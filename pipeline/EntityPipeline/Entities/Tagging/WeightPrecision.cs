namespace EntityPipeline.Entities.Tagging;

/// <summary>How a model file stores its weights (docs/model-format.md). Tagging always computes in float32.</summary>
public enum WeightPrecision
{
    /// <summary>IEEE half precision (2 bytes): the shipped format, measured to tag MSRA dev as float32 does (docs/tagger-experiments.md).</summary>
    Half,

    /// <summary>IEEE single precision (4 bytes), exactly as trained.</summary>
    Single,
}
