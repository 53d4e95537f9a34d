namespace EntityPipeline.Output.Workbook;

/// <summary>Column widths in characters (a CJK character is about two): wide for sentences and paths, narrow for numbers.</summary>
internal static class ColumnWidths
{
    private static readonly Dictionary<string, double> Named = new(StringComparer.Ordinal)
    {
        ["doc_id"] = 24, ["path"] = 40, ["error"] = 40, ["text"] = 28, ["sentence"] = 70, ["mention"] = 16,
        ["normalized"] = 16, ["metric"] = 18, ["subject"] = 16, ["period"] = 16, ["value"] = 16, ["value_max"] = 12,
        ["date"] = 12, ["date_source"] = 12, ["encoding"] = 10, ["confidence"] = 11, ["original_type"] = 13,
    };

    public static double For(string name, CellKind kind) =>
        Named.TryGetValue(name, out var width) ? width : Math.Max(name.Length + 3, kind == CellKind.Number ? 8 : 10);
}
