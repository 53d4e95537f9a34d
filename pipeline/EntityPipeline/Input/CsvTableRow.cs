namespace EntityPipeline.Input;

/// <summary>One data row of a <see cref="CsvTable"/> and the line of the file where it starts.</summary>
public sealed record CsvTableRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The field at <paramref name="index"/>, trimmed, or "" when the row is shorter or the column is absent (-1).</summary>
    public string Get(int index) => index >= 0 && index < Fields.Count ? Fields[index].Trim() : "";
}
