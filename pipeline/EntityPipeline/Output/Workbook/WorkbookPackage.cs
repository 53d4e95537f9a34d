using System.IO.Packaging;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Packs finished sheets into an .xlsx. The package is opened write-only, so System.IO.Packaging streams each part
/// into the zip as it is written: the SDK's own <c>SpreadsheetDocument.Create</c> opens it read-write, where .NET's zip
/// keeps every part in memory until the end (630 MB for a sheet of a million rows, measured; 62 MB this way).
/// The parts' XML is written by the SDK (<see cref="OpenXmlWriter"/>); only the part names and relationships are ours.
/// </summary>
internal static partial class WorkbookPackage
{
    private const string SpreadsheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <param name="first">Sheet 1, still being written on another thread: its part goes into the zip after the others', so that
    /// they are packed meanwhile (the order of a zip's entries is no part of the workbook).</param>
    /// <param name="rest">Sheets 2, 3, … in workbook order.</param>
    public static void Write(string path, Task<SheetFile> first, IReadOnlyList<SheetFile> rest)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var package = Package.Open(stream, FileMode.Create, FileAccess.Write);
        // Write-only: each part is written once, one at a time; the relationships are written when the package closes.
        var workbookUri = new Uri("/xl/workbook.xml", UriKind.Relative);
        for (int i = 0; i < rest.Count; i++)
            WriteSheet(package, i + 2, rest[i]);
        var sheets = (IReadOnlyList<SheetFile>)[first.GetAwaiter().GetResult(), .. rest];
        WriteSheet(package, 1, sheets[0]);
        var sheetParts = Enumerable.Range(1, sheets.Count).Select(SheetPart).ToList();
        var styles = package.CreatePart(new Uri("/xl/styles.xml", UriKind.Relative), SpreadsheetMl + ".styles+xml", CompressionOption.Normal);
        WriteXml(styles, WorkbookStyles.Create());

        var workbook = package.CreatePart(workbookUri, SpreadsheetMl + ".sheet.main+xml", CompressionOption.Normal);
        for (int i = 0; i < sheetParts.Count; i++)
            workbook.CreateRelationship(new Uri(sheetParts[i], UriKind.Relative), TargetMode.Internal, Relationships + "/worksheet", SheetRelationship(i));
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "/styles", "rIdStyles");
        WriteXml(workbook, WorkbookXml(sheets));
        package.CreateRelationship(workbookUri, TargetMode.Internal, Relationships + "/officeDocument", "rId1");
    }

    private static string SheetPart(int number) => $"worksheets/sheet{number}.xml";

    private static void WriteSheet(Package package, int number, SheetFile sheet)
    {
        var part = package.CreatePart(new Uri("/xl/" + SheetPart(number), UriKind.Relative), SpreadsheetMl + ".worksheet+xml", CompressionOption.Normal);
        using var target = part.GetStream(FileMode.Create, FileAccess.Write);
        using var source = File.OpenRead(sheet.TempPath);
        source.CopyTo(target);
    }

    private static string SheetRelationship(int index) => $"rId{index + 1}";

    private static DocumentFormat.OpenXml.Spreadsheet.Workbook WorkbookXml(IReadOnlyList<SheetFile> sheets) => new(
        new BookViews(new WorkbookView { ActiveTab = 0 }),
        new Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)i + 1, Id = SheetRelationship(i) })),
        // Excel and LibreOffice show a sheet's filter buttons from this hidden name as well as from the sheet's autoFilter.
        new DefinedNames(sheets.Select((s, i) => new DefinedName($"'{s.Name}'!{Absolute(s.FilterRange)}")
        {
            Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true,
        })));

    private static void WriteXml(PackagePart part, OpenXmlElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteElement(root);
    }

    /// <summary>"A1:I20" → "$A$1:$I$20".</summary>
    private static string Absolute(string range) => CellReference().Replace(range, "$$$1$$$2");

    [GeneratedRegex("([A-Z]+)([0-9]+)")]
    private static partial Regex CellReference();
}
