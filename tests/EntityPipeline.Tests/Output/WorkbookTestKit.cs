using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Processing;

namespace EntityPipeline.Tests.Output;

/// <summary>A small run written with its workbook, and a way to edit the review sheet as a user would.</summary>
internal static class WorkbookTestKit
{
    // a.txt: 张三 typed ORG (wrong, least sure), 上海, 李四; then 上海, 北京. b.txt holds text a spreadsheet would convert.
    public const string A = "张三在上海见到了李四。上海和北京都是城市。";
    public const string B = "=SUM(A1)增长5.8%，2023-09-28，1234567890123456789。";

    public static string WriteRun(string folder, WorkbookLimits? limits = null)
    {
        var a = new Document("a.txt", A);
        a.SetSentences([new Sentence(0, 0, 11), new Sentence(1, 11, 21)]);
        a.SetMentions([
            new Mention(0, 2, EntityType.ORG, MentionSource.Model, 0.4),
            new Mention(3, 5, EntityType.LOC, MentionSource.Model, 0.9),
            new Mention(8, 10, EntityType.PER, MentionSource.Model, 0.7),
            new Mention(11, 13, EntityType.LOC, MentionSource.Model, 0.95),
            new Mention(14, 16, EntityType.LOC, MentionSource.Model, 0.6)]);
        var b = new Document("b.txt", B);
        b.SetSentences([new Sentence(0, 0, B.Length)]);
        b.SetMentions([]);
        b.SetFigures([
            new Figure(10, 14, FigureKind.PERCENT, "5.8", "", "%", Qualifier.Exact, "", "", ""),
            new Figure(15, 25, FigureKind.DATE, "2023-09-28", "", "", Qualifier.Exact, "", "", ""),
            new Figure(26, 45, FigureKind.COUNT, "1234567890123456789", "", "", Qualifier.Exact, "", "", "")]);
        using var writer = new TableWriter(folder, workbook: true, limits: limits);
        foreach (var doc in new[] { a, b })
            writer.Write(new DocumentResult(new SourceFile(doc.Id, "/in/" + doc.Id), doc, "utf-8", DocumentStatus.Ok, ""));
        writer.Complete();
        return Path.Combine(folder, TableNames.Workbook);
    }

    public static WorksheetPart Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    /// <summary>The review sheet's rows as (row number, column name → text), read with the library's reader.</summary>
    public static CsvTable ReadSheet(string workbook, string sheet)
    {
        using var reader = new EntityPipeline.Training.Corrections.WorkbookSheetReader(workbook);
        return reader.Read(sheet);
    }

    /// <summary>Sets cells of the review sheet by column name; a row past the last is added.</summary>
    public static void EditReview(string workbook, params (int Row, string Column, string Value)[] edits)
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var part = Sheet(document, WorkbookSheets.Review);
        var data = part.Worksheet.GetFirstChild<SheetData>()!;
        foreach (var (rowIndex, column, value) in edits)
        {
            var letter = ((char)('A' + ReviewColumns.All.Select(c => c.Name).ToList().IndexOf(column))).ToString();
            var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == (uint)rowIndex)
                      ?? data.AppendChild(new Row { RowIndex = (uint)rowIndex });
            var reference = letter + rowIndex;
            row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference)?.Remove();
            var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)) };
            var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value!.PadLeft(8), reference.PadLeft(8)) < 0);
            if (after is null) row.PrependChild(cell); else after.InsertAfterSelf(cell);
        }
        part.Worksheet.Save();
    }
}
