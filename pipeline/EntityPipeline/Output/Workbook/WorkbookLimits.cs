namespace EntityPipeline.Output.Workbook;

/// <summary>
/// How large a workbook may grow. <paramref name="SheetRows"/> is Excel's limit (1,048,576 rows a sheet, the header
/// included): a table sheet keeps the first rows that fit and ends with a note row (the CSV holds every row).
/// <paramref name="ReviewRows"/> bounds the review sheet to the least confident mentions; <paramref name="AddRows"/> empty
/// rows below them carry the same validation, for mentions the tagger missed.
/// </summary>
public sealed record WorkbookLimits(int SheetRows = 1_048_576, int ReviewRows = 50_000, int AddRows = 500)
{
    public static readonly WorkbookLimits Excel = new();
}
