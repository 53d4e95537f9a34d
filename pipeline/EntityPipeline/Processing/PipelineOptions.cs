namespace EntityPipeline.Processing;

/// <summary>Which entity tagger a run uses.</summary>
public enum TaggerKind
{
    /// <summary>The trained model (the default).</summary>
    Model,

    /// <summary>jieba's dictionary POS tags, no model needed.</summary>
    Dictionary,
}

/// <summary>Everything that decides how a pipeline is built.</summary>
public sealed record PipelineOptions
{
    public TaggerKind Tagger { get; init; } = TaggerKind.Model;

    /// <summary>The model file for <see cref="TaggerKind.Model"/>; null for the shipped default.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Tag a string the model tagged confidently once at its other occurrences in the document too, the untagged items of a mostly tagged 、-list like the others, and a name cut short on the left whole as another mention spells it (<see cref="Entities.Rules.Consistency.DocumentConsistency.Apply"/>).</summary>
    public bool DocumentConsistency { get; init; } = true;

    public bool Figures { get; init; } = true;

    /// <summary>The publication date of documents whose text and file name give none (`run --date`).</summary>
    public DateOnly? DocumentDate { get; init; }

    public int MaxSentenceLength { get; init; } = Text.SentenceSplitter.DefaultMaxLength;
}
