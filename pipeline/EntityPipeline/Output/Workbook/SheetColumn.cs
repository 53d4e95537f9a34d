namespace EntityPipeline.Output.Workbook;

/// <summary>One column of a sheet: its header, how its cells are typed, and its width in characters.</summary>
internal sealed record SheetColumn(string Name, CellKind Kind, double Width);
