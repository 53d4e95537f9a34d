using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Tests.Output;

public sealed class WorkbookWriterTests
{
    [Fact]
    public void Table_sheets_hold_the_exact_text_as_text_and_numbers_as_numbers()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var figures = Cells(document, "figures");
        // Then the value of a date, a percent and a 19-digit count stay text: nothing is converted or rounded
        Assert.Equal([("5.8", true), ("2023-09-28", true), ("1234567890123456789", true)], Column(figures, "value"));
        Assert.Equal([("5.8%", true), ("2023-09-28", true), ("1234567890123456789", true)], Column(figures, "text"));
        // and offsets are numbers
        Assert.Equal([("10", false), ("15", false), ("26", false)], Column(figures, "start"));
        // A sentence a spreadsheet would run as a formula is plain text, without the CSV's escape
        var sentences = Cells(document, "sentences");
        Assert.Equal((WorkbookTestKit.B, true), Column(sentences, "text")[2]);
        Assert.Equal(("0.4", false), Column(Cells(document, "entities"), "confidence")[0]);
        Assert.Equal(["review", "documents", "sentences", "entities", "figures", "entity_summary"],
            document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
    }

    [Fact]
    public void Every_sheet_has_its_header_frozen_a_filter_and_column_widths()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        foreach (var sheet in document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = WorkbookTestKit.Sheet(document, sheet.Name!).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.StartsWith("A1:", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
            Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.Width!.Value >= 8));
        }
        var entities = WorkbookTestKit.Sheet(document, "entities").Worksheet;
        Assert.Equal("A1:I6", entities.GetFirstChild<AutoFilter>()!.Reference!.Value);
    }

    [Fact]
    public void The_review_sheet_lists_mentions_least_confident_first_with_the_mention_bold_in_its_sentence()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);

        var review = WorkbookTestKit.ReadSheet(path, WorkbookSheets.Review);
        Assert.Equal(["mention", "type", "reviewed", "sentence", "confidence", "doc_id", "sentence_id", "start", "end", "original_type"], review.Header);
        Assert.Equal(["张三", "北京", "李四", "上海", "上海"], review.Rows.Select(r => r.Get(0)));
        Assert.Equal(["0.4", "0.6", "0.7", "0.9", "0.95"], review.Rows.Select(r => r.Get(4)));
        Assert.Equal("张三在上海见到了李四。", review.Rows[0].Get(3)); // the cell's text is the exact sentence

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var worksheet = WorkbookTestKit.Sheet(document, WorkbookSheets.Review).Worksheet;
        var sentence = worksheet.Descendants<Cell>().Single(c => c.CellReference == "D3"); // 北京 in its sentence
        var bold = sentence.InlineString!.Elements<Run>().Single(r => r.RunProperties?.GetFirstChild<Bold>() is not null);
        Assert.Equal("北京", bold.Text!.Text);
    }

    [Fact]
    public void The_review_sheet_restricts_type_and_reviewed_by_data_validation_on_its_rows_and_the_rows_to_add()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path, new WorkbookLimits(AddRows: 10));

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var validations = WorkbookTestKit.Sheet(document, WorkbookSheets.Review).Worksheet.Descendants<DataValidation>().ToList();
        Assert.Equal(["B2:B16", "C2:C16"], validations.Select(v => v.SequenceOfReferences!.InnerText));
        Assert.Equal(["\"PER,ORG,LOC,delete\"", "\"yes,no\""], validations.Select(v => v.Formula1!.Text));
        Assert.All(validations, v => Assert.Equal(DataValidationValues.List, v.Type!.Value));
    }

    [Fact]
    public void Past_the_row_limit_a_table_sheet_ends_with_a_note_and_the_review_sheet_keeps_whole_sentences_least_confident_first()
    {
        using var output = new TempFolder();
        // Given sheets of 4 rows (header, 2 data rows, the note), which also bounds the review sheet to 2 mentions
        var path = WorkbookTestKit.WriteRun(output.Path, new WorkbookLimits(SheetRows: 4));

        var entities = WorkbookTestKit.ReadSheet(path, "entities");
        Assert.Equal(2, entities.Rows.Count);
        Assert.Equal(6, File.ReadAllLines(output.File(TableNames.Entities)).Length); // the CSV holds all five
        using (var document = SpreadsheetDocument.Open(path, isEditable: false))
        {
            var note = WorkbookTestKit.Sheet(document, "entities").Worksheet.Descendants<Cell>().Single(c => c.CellReference == "J4");
            Assert.StartsWith("3 more rows are not in this sheet", note.InlineString!.InnerText);
        }
        // The first sentence's three mentions cannot fit whole; the second's two can
        var review = WorkbookTestKit.ReadSheet(path, WorkbookSheets.Review);
        Assert.Equal(["北京", "上海"], review.Rows.Select(r => r.Get(0)));
        Assert.StartsWith("the 2 least confident of 5 mentions", review.Header[^1]);
    }

    [Fact]
    public void The_review_sheet_packed_after_the_tables_is_still_the_first_sheet_and_no_temporary_file_is_left()
    {
        using var output = new TempFolder();

        var workbook = WorkbookTestKit.WriteRun(output.Path);

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var first = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        Assert.Equal(WorkbookSheets.Review, first.Name);
        Assert.Equal("/xl/worksheets/sheet1.xml", document.WorkbookPart.GetPartById(first.Id!).Uri.OriginalString);
        Assert.Empty(output.Files("*.tmp"));
    }

    [Fact]
    public void A_workbook_that_cannot_be_moved_to_its_name_leaves_no_temporary_file_behind()
    {
        using var output = new TempFolder();
        Directory.CreateDirectory(output.File(TableNames.Workbook)); // a folder where the workbook should go

        Assert.ThrowsAny<IOException>(() => WorkbookTestKit.WriteRun(output.Path));

        Assert.Empty(output.Files("*.tmp"));
    }

    [Fact]
    public void Without_complete_no_workbook_appears_and_no_temporary_file_is_left()
    {
        using var output = new TempFolder();
        File.WriteAllText(output.File(TableNames.Workbook), "older");

        using (var writer = new TableWriter(output.Path, workbook: true))
        {
            var doc = new EntityPipeline.Documents.Document("x.txt", "上海。");
            doc.SetSentences([new EntityPipeline.Documents.Sentence(0, 0, 3)]);
            writer.Write(new EntityPipeline.Processing.DocumentResult(new EntityPipeline.Input.SourceFile("x.txt", "x.txt"), doc, "utf-8", EntityPipeline.Processing.DocumentStatus.Ok, ""));
        }

        Assert.Equal("older", File.ReadAllText(output.File(TableNames.Workbook)));
        Assert.Empty(output.Files("*.tmp"));
    }

    [Theory]
    [InlineData("plain 上海")]
    [InlineData("tab\tand\nnewline")]
    [InlineData("carriage\r\nreturn")]        // a parser would turn a bare CR into LF
    [InlineData("bell\u0007 and NUL\0")]       // not allowed in XML at all
    [InlineData("literal _x0041_ stays")]     // looks like an escape: its underscore is escaped
    [InlineData("emoji 😀 and lone \ud800")]
    public void Cell_text_escapes_what_xml_cannot_hold_and_unescapes_to_the_same_text(string text)
    {
        var escaped = CellText.Escape(text);
        Assert.DoesNotContain(escaped, c => c < 0x20 && c != '\t' && c != '\n');
        Assert.Equal(text, CellText.Unescape(escaped));
    }

    [Theory]
    [InlineData("plain 上海", true)]
    [InlineData("tab\tand\nnewline", true)]
    [InlineData("snake_case _x004 _xZZZZ_", true)]     // underscores, but no escape's shape: the slow check passes them
    [InlineData("emoji 😀 only", true)]                // a paired surrogate: the slow check passes it
    [InlineData("literal _x0041_ stays", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("not a character \uFFFE", false)]
    public void Cell_text_is_plain_exactly_when_escaping_leaves_it_as_it_is(string text, bool plain)
    {
        Assert.Equal(plain, CellText.IsPlain(text));
        Assert.Equal(plain, CellText.Escape(text) == text);
    }

    [Fact]
    public void Cell_text_with_a_lone_surrogate_is_not_plain()
    {
        var text = "lone " + (char)0xDC00 + " surrogate"; // built here: an attribute's string would not keep it
        Assert.False(CellText.IsPlain(text));
        Assert.NotEqual(text, CellText.Escape(text));
    }

    private static List<(string Column, string Value, bool IsText)[]> Cells(SpreadsheetDocument document, string sheet)
    {
        var rows = WorkbookTestKit.Sheet(document, sheet).Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        return [.. rows.Skip(1).Select(r => r.Elements<Cell>().Select(c => (
            header[ColumnIndex(c.CellReference!.Value!)],
            c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text,
            c.DataType?.Value == CellValues.InlineString)).ToArray())];
    }

    private static List<(string, bool)> Column(List<(string Column, string Value, bool IsText)[]> rows, string column) =>
        [.. rows.Select(r => r.Single(c => c.Column == column)).Select(c => (c.Value, c.IsText))];

    private static int ColumnIndex(string reference) => reference[0] - 'A';
}
