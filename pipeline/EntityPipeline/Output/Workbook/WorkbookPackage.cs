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

    public static void Write(string path, IReadOnlyList<SheetFile> sheets)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var package = Package.Open(stream, FileMode.Create, FileAccess.Write);
        // Write-only: each part is written once, one at a time; the relationships are written when the package closes.
        var workbookUri = new Uri("/xl/workbook.xml", UriKind.Relative);
        var sheetParts = new List<string>();
        for (int i = 0; i < sheets.Count; i++)
        {
            var name = $"worksheets/sheet{i + 1}.xml";
            var part = package.CreatePart(new Uri("/xl/" + name, UriKind.Relative), SpreadsheetMl + ".worksheet+xml", CompressionOption.Normal);
            using (var target = part.GetStream(FileMode.Create, FileAccess.Write))
            using (var source = File.OpenRead(sheets[i].TempPath))
                source.CopyTo(target);
            sheetParts.Add(name);
        }
        var styles = package.CreatePart(new Uri("/xl/styles.xml", UriKind.Relative), SpreadsheetMl + ".styles+xml", CompressionOption.Normal);
        WriteXml(styles, WorkbookStyles.Create());

        var workbook = package.CreatePart(workbookUri, SpreadsheetMl + ".sheet.main+xml", CompressionOption.Normal);
        for (int i = 0; i < sheetParts.Count; i++)
            workbook.CreateRelationship(new Uri(sheetParts[i], UriKind.Relative), TargetMode.Internal, Relationships + "/worksheet", SheetRelationship(i));
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "/styles", "rIdStyles");
        WriteXml(workbook, WorkbookXml(sheets));
        package.CreateRelationship(workbookUri, TargetMode.Internal, Relationships + "/officeDocument", "rId1");
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
