namespace EntityPipeline.Output.Workbook;

/// <summary>The sheet names of the review workbook: the review sheet first, then one per table, named as its CSV.</summary>
public static class WorkbookSheets
{
    public const string Review = "review";

    /// <summary>"sentences.csv" → "sentences".</summary>
    public static string ForTable(string tableName) => Path.GetFileNameWithoutExtension(tableName);
}
