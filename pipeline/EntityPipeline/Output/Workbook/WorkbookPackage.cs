using System.IO.Compression;
using System.IO.Packaging;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Packs finished sheets into an .xlsx. The sheets arrive deflated (<see cref="SheetFile"/>, <see cref="DeflatedFile"/>) and
/// are copied into the zip as they are (<see cref="DeflatedZip"/>). The other parts (workbook, styles, content types,
/// relationships) are small: System.IO.Packaging writes them into a package in memory, beside the sheets' parts left empty,
/// and they are copied from it as it wrote them. The parts' XML is written by the SDK (<see cref="OpenXmlWriter"/>); only
/// the part names and relationships are ours.
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
        var zip = new DeflatedZip(stream, DateTime.Now);
        for (int i = 0; i < rest.Count; i++)
            zip.Add(SheetEntry(i + 2), rest[i].Part);
        var sheets = (IReadOnlyList<SheetFile>)[first.GetAwaiter().GetResult(), .. rest];
        zip.Add(SheetEntry(1), sheets[0].Part);
        using (var others = new ZipArchive(new MemoryStream(OtherParts(sheets)), ZipArchiveMode.Read))
            foreach (var entry in others.Entries.Where(e => !IsSheet(e.FullName)))
            {
                using var content = new MemoryStream();
                using (var source = entry.Open())
                    source.CopyTo(content);
                zip.Add(entry.FullName, content.GetBuffer().AsSpan(0, (int)content.Length));
            }
        zip.Finish();
    }

    private static string SheetPart(int number) => $"worksheets/sheet{number}.xml";

    private static string SheetEntry(int number) => "xl/" + SheetPart(number);

    private static bool IsSheet(string entry) => entry.StartsWith("xl/worksheets/", StringComparison.Ordinal);

    /// <summary>A package of every part but the sheets' contents (their parts are there, empty), as System.IO.Packaging writes it.</summary>
    private static byte[] OtherParts(IReadOnlyList<SheetFile> sheets)
    {
        var bytes = new MemoryStream();
        using (var package = Package.Open(bytes, FileMode.Create, FileAccess.Write))
        {
            var workbookUri = new Uri("/xl/workbook.xml", UriKind.Relative);
            var sheetParts = Enumerable.Range(1, sheets.Count).Select(SheetPart).ToList();
            foreach (var part in sheetParts)
                package.CreatePart(new Uri("/xl/" + part, UriKind.Relative), SpreadsheetMl + ".worksheet+xml", CompressionOption.Normal);
            var styles = package.CreatePart(new Uri("/xl/styles.xml", UriKind.Relative), SpreadsheetMl + ".styles+xml", CompressionOption.Normal);
            WriteXml(styles, WorkbookStyles.Create());

            var workbook = package.CreatePart(workbookUri, SpreadsheetMl + ".sheet.main+xml", CompressionOption.Normal);
            for (int i = 0; i < sheetParts.Count; i++)
                workbook.CreateRelationship(new Uri(sheetParts[i], UriKind.Relative), TargetMode.Internal, Relationships + "/worksheet", SheetRelationship(i));
            workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "/styles", "rIdStyles");
            WriteXml(workbook, WorkbookXml(sheets));
            package.CreateRelationship(workbookUri, TargetMode.Internal, Relationships + "/officeDocument", "rId1");
        }
        return bytes.ToArray();
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
