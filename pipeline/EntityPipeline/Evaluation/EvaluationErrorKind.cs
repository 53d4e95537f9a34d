namespace EntityPipeline.Evaluation;

/// <summary>Why a span counts against the tagger.</summary>
public enum EvaluationErrorKind
{
    /// <summary>A gold span that no prediction matches (boundaries or type).</summary>
    Missed,

    /// <summary>A predicted span with no gold span at the same boundaries.</summary>
    Spurious,

    /// <summary>Same boundaries as a gold span, another type.</summary>
    WrongType,
}
