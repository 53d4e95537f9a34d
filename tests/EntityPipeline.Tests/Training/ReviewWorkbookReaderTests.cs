using EntityPipeline.Documents;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Tests.Output;
using EntityPipeline.Training;
using EntityPipeline.Training.Corrections;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// train --corrections review.xlsx. The review sheet of <see cref="WorkbookTestKit.WriteRun"/>, least confident first:
/// row 2 张三 ORG (a.txt sentence 0), 3 北京 LOC (sentence 1), 4 李四 PER (0), 5 上海 LOC (0), 6 上海 LOC (1); 7 on is empty.
/// </summary>
public sealed class ReviewWorkbookReaderTests
{
    [Fact]
    public void Only_sentences_with_a_marked_row_are_trained_on_and_their_unmarked_rows_stay_as_tagged()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);
        WorkbookTestKit.EditReview(path, (2, ReviewColumns.Type, "PER"), (2, ReviewColumns.Reviewed, "yes"));

        var set = CorrectionsReader.Read(path, weight: 2);

        var example = Assert.Single(set.Examples); // sentence 1 has no marked row: it teaches nothing
        Assert.Equal("张三在上海见到了李四。", example.Text);
        Assert.Equal<EntitySpan>([new(0, 2, EntityType.PER), new(3, 5, EntityType.LOC), new(8, 10, EntityType.PER)], example.Entities);
        Assert.Equal((1, 1, 3), (set.Documents, set.Sentences, set.Entities));
        Assert.Equal([path], set.Files);
    }

    [Fact]
    public void A_marked_delete_removes_a_mention_and_a_marked_added_row_is_found_in_its_sentence()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);
        WorkbookTestKit.EditReview(path,
            (3, ReviewColumns.Type, "delete"), (3, ReviewColumns.Reviewed, "yes"),
            (7, ReviewColumns.Mention, "城市"), (7, ReviewColumns.Type, "LOC"), (7, ReviewColumns.Reviewed, "yes"),
            (7, ReviewColumns.DocId, "a.txt"), (7, ReviewColumns.SentenceId, "1"));

        var example = Assert.Single(CorrectionsReader.Read(path, weight: 1).Examples);

        Assert.Equal("上海和北京都是城市。", example.Text);
        Assert.Equal<EntitySpan>([new(0, 2, EntityType.LOC), new(7, 9, EntityType.LOC)], example.Entities);
    }

    [Fact]
    public void A_sentence_that_looks_like_a_formula_is_trained_on_exactly_as_written()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);
        WorkbookTestKit.EditReview(path, (7, ReviewColumns.Mention, "SUM"), (7, ReviewColumns.Type, "ORG"), (7, ReviewColumns.Reviewed, "x"),
            (7, ReviewColumns.DocId, "b.txt"), (7, ReviewColumns.SentenceId, "0"));

        var example = Assert.Single(CorrectionsReader.Read(path, weight: 1).Examples);

        Assert.Equal(WorkbookTestKit.B, example.Text);
        Assert.Equal<EntitySpan>([new(1, 4, EntityType.ORG)], example.Entities);
    }

    [Fact]
    public void A_workbook_missing_a_sheets_part_is_refused_naming_the_file()
    {
        // Given a review workbook whose zip lost the review sheet's part (a damaged copy or a tool that rewrote it badly)
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();

        var e = Assert.Throws<InvalidDataException>(() => CorrectionsReader.Read(path, 1));

        Assert.StartsWith($"{path}: not an .xlsx workbook", e.Message);
    }

    [Fact]
    public void A_workbook_whose_review_sheet_was_renamed_is_refused_naming_the_file_not_a_line()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, isEditable: true))
            document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First(s => s.Name == WorkbookSheets.Review).Name = "Sheet1";

        var problem = Assert.Single(Assert.Throws<CorrectionsException>(() => CorrectionsReader.Read(path, 1)).Problems);

        Assert.StartsWith($"{path}: no sheet named 'review'", problem.ToString());
    }

    [Fact]
    public void A_workbook_with_no_row_marked_is_refused()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);

        var problem = Assert.Single(Assert.Throws<CorrectionsException>(() => CorrectionsReader.Read(path, 1)).Problems);

        Assert.StartsWith($"{path}:review:1: no row is marked reviewed", problem.ToString());
    }

    [Fact]
    public void Changes_on_unmarked_rows_and_bad_marks_are_refused_naming_file_sheet_and_row()
    {
        using var output = new TempFolder();
        var path = WorkbookTestKit.WriteRun(output.Path);
        WorkbookTestKit.EditReview(path,
            (2, ReviewColumns.Reviewed, "yes"),
            (3, ReviewColumns.Reviewed, "maybe"),
            (4, ReviewColumns.Type, "ORG"),
            (5, ReviewColumns.Type, "delete"),
            (6, ReviewColumns.Type, "CITY"), (6, ReviewColumns.Reviewed, "yes"),
            (7, ReviewColumns.Mention, "城市"), (7, ReviewColumns.Type, "LOC"), (7, ReviewColumns.DocId, "a.txt"), (7, ReviewColumns.SentenceId, "1"));

        var problems = Assert.Throws<CorrectionsException>(() => CorrectionsReader.Read(path, 1)).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(5, problems.Count);
        Assert.StartsWith($"{path}:review:3: reviewed 'maybe': use yes, or leave it empty", problems[0]);
        Assert.StartsWith($"{path}:review:4: type changed from PER to ORG on a row not marked reviewed", problems[1]);
        Assert.StartsWith($"{path}:review:5: type delete on a row not marked reviewed", problems[2]);
        Assert.StartsWith($"{path}:review:6: unknown type 'CITY'", problems[3]);
        Assert.StartsWith($"{path}:review:7: a row added without start/end is not marked reviewed", problems[4]);
    }
}
