namespace EntityPipeline.Processing;

/// <summary>How a document fared: processed; processed with a warning (e.g. bad bytes replaced); or failed and left out.</summary>
public enum DocumentStatus
{
    Ok,
    Warning,
    Error,
}
