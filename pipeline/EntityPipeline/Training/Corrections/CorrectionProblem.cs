namespace EntityPipeline.Training.Corrections;

/// <summary>One thing wrong in a corrections file, where it is and why.</summary>
public sealed record CorrectionProblem(string File, int Line, string Reason)
{
    /// <summary>file:line: reason, or file: reason for a problem of the whole file (line 0).</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
