using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// Reads the corrections of a review workbook: its review sheet (the mention column is the entity's text) against its
/// sentences sheet, by the rules and with the refusals of <see cref="CorrectionsReader"/>, each naming file:sheet:row.
/// The workbook alone suffices: it holds the sentences it needs.
/// </summary>
internal static class ReviewWorkbookReader
{
    public static bool IsWorkbook(string path) =>
        File.Exists(path) && string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase);

    public static CorrectionSet Read(string path, double weight)
    {
        using var workbook = new WorkbookSheetReader(path);
        var sentencesSheet = WorkbookSheets.ForTable(TableNames.Sentences);
        foreach (var sheet in new[] { WorkbookSheets.Review, sentencesSheet })
            if (!workbook.Has(sheet))
                throw new CorrectionsException([new CorrectionProblem(path, 0, $"no sheet named '{sheet}': a review workbook written by run has '{WorkbookSheets.Review}' and '{sentencesSheet}'")]);
        var review = workbook.Read(WorkbookSheets.Review);
        var header = review.Header.Select(h => string.Equals(h.Trim(), ReviewColumns.Mention, StringComparison.OrdinalIgnoreCase) ? "text" : h).ToList();
        var entities = CsvTable.FromSheet(path, WorkbookSheets.Review, header, review.Rows);
        return CorrectionsReader.FromTables(entities, workbook.Read(sentencesSheet), [path], weight);
    }
}
