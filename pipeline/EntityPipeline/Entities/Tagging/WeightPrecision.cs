namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// How a model file stores its weights (docs/model-format.md). A tagger holds them in half precision either way (a file in single
/// precision is rounded when read, <see cref="LinearLabelScorer"/>) and sums them in float32.
/// </summary>
public enum WeightPrecision
{
    /// <summary>IEEE half precision (2 bytes): the shipped format, measured to tag MSRA dev as float32 does (docs/tagger-experiments.md).</summary>
    Half,

    /// <summary>IEEE single precision (4 bytes): the half-precision weights a tagger holds, widened; files written before session 15 hold them as trained.</summary>
    Single,
}
