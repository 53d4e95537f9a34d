namespace EntityPipeline.Evaluation;

/// <summary>Characters tagged and the time spent in the tagger alone (features, scoring, decoding), on one thread.</summary>
public sealed record TaggingSpeed(long Characters, TimeSpan Elapsed)
{
    public double CharsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Characters / Elapsed.TotalSeconds;
}
