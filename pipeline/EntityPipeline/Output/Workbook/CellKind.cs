namespace EntityPipeline.Output.Workbook;

/// <summary>How a column's cells are typed in the workbook: text stays text whatever it looks like; numbers are numbers.</summary>
internal enum CellKind
{
    Text,
    Number,
}
