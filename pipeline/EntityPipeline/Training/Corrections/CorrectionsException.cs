namespace EntityPipeline.Training.Corrections;

/// <summary>Corrections that cannot be trained on, with every problem found (not just the first).</summary>
public sealed class CorrectionsException(IEnumerable<CorrectionProblem> problems) : Exception
{
    /// <summary>The problems in file and line order.</summary>
    public IReadOnlyList<CorrectionProblem> Problems { get; } =
        [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];

    public override string Message =>
        $"{Problems.Count} problem(s) in the corrections; nothing was trained:{Environment.NewLine}" + string.Join(Environment.NewLine, Problems);
}
