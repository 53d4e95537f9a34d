namespace EntityPipeline.Training.Corrections;

/// <summary>
/// The <c>reviewed</c> cell of a corrections row: yes (y, x, ✓, true, 1, 是) marks it; empty (no, n, false, 0, 否)
/// leaves it unmarked. A spreadsheet's TRUE/FALSE and 1/0 read the same.
/// </summary>
internal static class ReviewMark
{
    private static readonly HashSet<string> Yes = new(["yes", "y", "x", "✓", "✔", "√", "true", "1", "是"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> No = new(["", "no", "n", "false", "0", "否"], StringComparer.OrdinalIgnoreCase);

    /// <summary>False when <paramref name="cell"/> is neither a yes nor a no.</summary>
    public static bool TryParse(string cell, out bool marked)
    {
        var value = cell.Trim();
        marked = Yes.Contains(value);
        return marked || No.Contains(value);
    }
}
