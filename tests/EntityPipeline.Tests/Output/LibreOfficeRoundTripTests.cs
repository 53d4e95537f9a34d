using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Training.Corrections;

namespace EntityPipeline.Tests.Output;

/// <summary>
/// The workbook through a real spreadsheet: LibreOffice opens it and saves it again (shared strings instead of inline
/// ones, its own styles and validations), and the corrections read the same. Skipped where soffice is not installed
/// (Debian: apt-get install libreoffice-calc-nogui).
/// </summary>
public sealed class LibreOfficeRoundTripTests
{
    [SkippableFact]
    public void A_review_workbook_resaved_by_libreoffice_gives_the_same_corrections_and_keeps_text_as_text()
    {
        var soffice = FindSoffice();
        Skip.If(soffice is null, "LibreOffice (soffice) is not installed: test skipped");
        using var work = new TempFolder();
        var path = WorkbookTestKit.WriteRun(work.Path);
        WorkbookTestKit.EditReview(path,
            (2, ReviewColumns.Type, "PER"), (2, ReviewColumns.Reviewed, "yes"),
            (3, ReviewColumns.Type, "delete"), (3, ReviewColumns.Reviewed, "yes"),
            (7, ReviewColumns.Mention, "城市"), (7, ReviewColumns.Type, "LOC"), (7, ReviewColumns.Reviewed, "yes"),
            (7, ReviewColumns.DocId, "a.txt"), (7, ReviewColumns.SentenceId, "1"));

        var resaved = Resave(soffice!, path, work.File("resaved"));

        var original = CorrectionsReader.Read(path, 1);
        var again = CorrectionsReader.Read(resaved, 1);
        Assert.Equal(original.Examples.Select(e => (e.Text, string.Join(' ', e.Entities))), again.Examples.Select(e => (e.Text, string.Join(' ', e.Entities))));
        Assert.Equal(2, again.Sentences);

        using var document = SpreadsheetDocument.Open(resaved, isEditable: false);
        // LibreOffice keeps the cells typed: the date value, the percent and the 19-digit count are still strings
        var figures = WorkbookTestKit.Sheet(document, "figures").Worksheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('G')).Skip(1);
        Assert.All(figures, c => Assert.Equal(CellValues.SharedString, c.DataType!.Value));
        Assert.Equal(["5.8", "2023-09-28", "1234567890123456789"], WorkbookTestKit.ReadSheet(resaved, "figures").Rows.Select(r => r.Get(6)));
        // and the validation of the review sheet
        Assert.Equal(2, WorkbookTestKit.Sheet(document, WorkbookSheets.Review).Worksheet.Descendants<DataValidation>().Count());
    }

    /// <summary>soffice --headless --convert-to xlsx, with a profile of its own so that it runs beside another LibreOffice.</summary>
    private static string Resave(string soffice, string workbook, string outFolder)
    {
        var profile = Path.Combine(outFolder, "profile");
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx", "--outdir", outFolder, workbook },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("soffice did not finish in 3 minutes");
        }
        var resaved = Path.Combine(outFolder, Path.GetFileName(workbook));
        Assert.True(File.Exists(resaved), $"soffice wrote no workbook: {stdout.Result} {stderr.Result}");
        return resaved;
    }

    private static string? FindSoffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
}
