namespace EntityPipeline.Training.Corrections;

/// <summary>One thing wrong in a corrections file, where it is and why.</summary>
public sealed record CorrectionProblem(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
