using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Writes the review sheet: one row per mention of the queued sentences, least confident first, each row showing
/// its sentence with the mention in bold red. The type column takes PER, ORG, LOC or delete and the reviewed column yes or no (data validation, with a prompt), on the rows
/// written and on <see cref="WorkbookLimits.AddRows"/> empty rows below them for mentions the tagger missed.
/// </summary>
internal static class ReviewSheet
{
    private static readonly IReadOnlyList<SheetColumn> Columns = ReviewColumns.All;

    public static SheetFile Write(string tempPath, ReviewQueue queue, WorkbookLimits limits)
    {
        var note = queue.Offered > queue.Rows
            ? string.Format(CultureInfo.InvariantCulture, "the {0:N0} least confident of {1:N0} mentions, whole sentences; {2} holds them all", queue.Rows, queue.Offered, TableNames.Entities)
            : null;
        var sheet = new SheetFile(tempPath, WorkbookSheets.Review, Columns, limits.SheetRows, WorkbookStyles.TypedAsText, note, printWide: true);
        try
        {
            foreach (var (sentence, mention) in queue.LeastConfidentFirst())
                sheet.Write(i => Cell(Columns[i].Name, sentence, mention), Height(sentence.Text));
            sheet.Finish("{0:N0} more rows", [Validations(sheet, sheet.LastRow + limits.AddRows)]);
            return sheet;
        }
        catch
        {
            sheet.Dispose();
            throw;
        }
    }

    private static Cell? Cell(string column, ReviewSentence sentence, EntityRow mention) => column switch
    {
        ReviewColumns.Mention => SheetFile.TextCell(mention.Text, WorkbookStyles.TypedAsText),
        ReviewColumns.Type or ReviewColumns.OriginalType => SheetFile.TextCell(mention.Type, WorkbookStyles.TypedAsText),
        ReviewColumns.Reviewed => null,
        ReviewColumns.Sentence => Marked(sentence, mention),
        ReviewColumns.Confidence => Number(mention.Confidence),
        ReviewColumns.DocId => SheetFile.TextCell(mention.DocId, WorkbookStyles.TypedAsText),
        ReviewColumns.SentenceId => Number(mention.SentenceId.ToString(CultureInfo.InvariantCulture)),
        ReviewColumns.Start => Number(mention.Start.ToString(CultureInfo.InvariantCulture)),
        ReviewColumns.End => Number(mention.End.ToString(CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"review column '{column}' has no cell"),
    };

    private static Cell Number(string value) => new() { CellValue = new CellValue(value), StyleIndex = WorkbookStyles.TopNumber };

    /// <summary>The sentence as rich text: the mention in bold red, the rest plain; its text is exactly the sentence.</summary>
    private static Cell Marked(ReviewSentence sentence, EntityRow mention)
    {
        int from = Math.Clamp(mention.Start - sentence.Start, 0, sentence.Text.Length);
        int to = Math.Clamp(mention.End - sentence.Start, from, sentence.Text.Length);
        var runs = new List<Run>();
        if (from > 0) runs.Add(Run(sentence.Text[..from], bold: false));
        runs.Add(Run(sentence.Text[from..to], bold: true));
        if (to < sentence.Text.Length) runs.Add(Run(sentence.Text[to..], bold: false));
        return new Cell { DataType = CellValues.InlineString, StyleIndex = WorkbookStyles.Wrapped, InlineString = new InlineString(runs) };
    }

    /// <summary>
    /// A row tall enough for its wrapped sentence. Neither Excel nor LibreOffice fits a row's height to wrapped text when
    /// it opens a file, so the lines are counted here: a CJK character is two width units, others one.
    /// </summary>
    private static double Height(string sentence)
    {
        const double PointsPerLine = 16;
        double units = sentence.Sum(c => c >= '\u2E80' ? 2.0 : 1.0);
        var width = ColumnWidths.For(ReviewColumns.Sentence, CellKind.Text) - 2;
        return Math.Max(1, Math.Ceiling(units / width)) * PointsPerLine + 2;
    }

    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold(), new Color { Rgb = WorkbookStyles.MentionColor }));
        run.Append(new DocumentFormat.OpenXml.Spreadsheet.Text(CellText.Escape(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static DataValidations Validations(SheetFile sheet, int lastRow)
    {
        string Range(string column)
        {
            var letters = sheet.Letters(Columns.Select(c => c.Name).ToList().IndexOf(column));
            return $"{letters}2:{letters}{lastRow}";
        }
        return new DataValidations(
            List(Range(ReviewColumns.Type), ReviewColumns.TypeChoices, "type",
                "PER, ORG or LOC; delete: not an entity. Mark the row reviewed for the change to count."),
            List(Range(ReviewColumns.Reviewed), ReviewColumns.ReviewedChoices, "reviewed",
                "yes: you checked this row. A sentence with a row marked yes is trained on; the rest teach nothing."))
        { Count = 2 };
    }

    private static DataValidation List(string range, string choices, string title, string prompt) => new(new Formula1($"\"{choices}\""))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        PromptTitle = title,
        Prompt = prompt,
        ErrorTitle = title,
        Error = $"Choose one of {choices.Replace(",", ", ", StringComparison.Ordinal)}.",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };
}
