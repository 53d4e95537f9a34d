namespace EntityPipeline.Processing;

/// <summary>A progress report: files done of the total, characters processed, time since the start.</summary>
public readonly record struct RunProgress(int Done, int Total, long Chars, TimeSpan Elapsed)
{
    public double CharsPerSecond => Elapsed.TotalSeconds > 0 ? Chars / Elapsed.TotalSeconds : 0;
}
