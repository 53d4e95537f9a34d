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
        var sheet = new SheetFile(tempPath, WorkbookSheets.Review, Columns, limits.SheetRows, WorkbookStyles.TypedAsText, note, printWide: true, deflateBehind: true);
        try
        {
            foreach (var (sentence, mention) in queue.LeastConfidentFirst())
                sheet.Write(row => Cells(row, sentence, mention), Height(sentence.Text));
            sheet.Finish("{0:N0} more rows", [Validations(sheet, sheet.LastRow + limits.AddRows)]);
            return sheet;
        }
        catch
        {
            sheet.Dispose();
            throw;
        }
    }

    private static void Cells(SheetRowWriter row, ReviewSentence sentence, EntityRow mention)
    {
        for (int i = 0; i < Columns.Count; i++)
            switch (Columns[i].Name)
            {
                case ReviewColumns.Mention: row.Text(i, mention.Text, WorkbookStyles.TypedAsText); break;
                case ReviewColumns.Type or ReviewColumns.OriginalType: row.Text(i, mention.Type, WorkbookStyles.TypedAsText); break;
                case ReviewColumns.Reviewed: break;
                case ReviewColumns.Sentence: Marked(row, i, sentence, mention); break;
                case ReviewColumns.Confidence: row.Number(i, mention.Confidence, WorkbookStyles.TopNumber); break;
                case ReviewColumns.DocId: row.Text(i, mention.DocId, WorkbookStyles.TypedAsText); break;
                case ReviewColumns.SentenceId: row.Number(i, mention.SentenceId.ToString(CultureInfo.InvariantCulture), WorkbookStyles.TopNumber); break;
                case ReviewColumns.Start: row.Number(i, mention.Start.ToString(CultureInfo.InvariantCulture), WorkbookStyles.TopNumber); break;
                case ReviewColumns.End: row.Number(i, mention.End.ToString(CultureInfo.InvariantCulture), WorkbookStyles.TopNumber); break;
                default: throw new InvalidOperationException($"review column '{Columns[i].Name}' has no cell");
            }
    }

    /// <summary>The sentence as rich text: the mention in bold red, the rest plain; its text is exactly the sentence.</summary>
    private static void Marked(SheetRowWriter row, int column, ReviewSentence sentence, EntityRow mention)
    {
        int from = Math.Clamp(mention.Start - sentence.Start, 0, sentence.Text.Length);
        int to = Math.Clamp(mention.End - sentence.Start, from, sentence.Text.Length);
        row.Marked(column, sentence.Text, from, to, WorkbookStyles.Wrapped);
    }

    /// <summary>
    /// A row tall enough for its wrapped sentence. Neither Excel nor LibreOffice fits a row's height to wrapped text when
    /// it opens a file, so the lines are counted here: a CJK character is two width units, others one.
    /// </summary>
    private static double Height(string sentence)
    {
        const double PointsPerLine = 16;
        int units = sentence.Length;
        foreach (char c in sentence)
            if (c >= '\u2E80') units++;
        var width = ColumnWidths.For(ReviewColumns.Sentence, CellKind.Text) - 2;
        return Math.Max(1, Math.Ceiling(units / width)) * PointsPerLine + 2;
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
