using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EntityPipeline.Input;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// Reads sheets of an .xlsx as tables (first row the header), as our writer, Excel or LibreOffice saved it: text as
/// inline strings or shared strings (rich text runs joined, phonetic runs left out), numbers in invariant notation,
/// booleans as TRUE/FALSE. Rows stream through <see cref="OpenXmlReader"/>; only the shared strings are held.
/// </summary>
internal sealed class WorkbookSheetReader : IDisposable
{
    private readonly string _file;
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly List<string> _sharedStrings = [];

    public WorkbookSheetReader(string file)
    {
        _file = file;
        try
        {
            _document = SpreadsheetDocument.Open(file, isEditable: false);
            // The parts load on first use: a part the package's relationships name but lacks fails here, not on a later read.
            _ = _document.WorkbookPart?.Parts.Count();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
        {
            // InvalidOperationException: a part the relationships name is missing from the zip (a damaged copy).
            throw new InvalidDataException($"{file}: not an .xlsx workbook ({e.Message})", e);
        }
        _workbook = _document.WorkbookPart ?? throw new InvalidDataException($"{file}: no workbook in the file");
        if (_workbook.SharedStringTablePart is { } strings)
        {
            using var reader = OpenXmlReader.Create(strings);
            while (reader.Read())
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                    _sharedStrings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
        }
    }

    public bool Has(string sheet) => Find(sheet) is not null;

    /// <summary>The sheet named <paramref name="sheet"/> as a table whose path reads file:sheet.</summary>
    public CsvTable Read(string sheet)
    {
        var part = Find(sheet) ?? throw new InvalidDataException($"{_file}: no sheet named '{sheet}'");
        IReadOnlyList<string>? header = null;
        var rows = new List<CsvTableRow>();
        using var reader = OpenXmlReader.Create(part);
        int previous = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            int number = row.RowIndex?.Value is { } index ? (int)index : previous + 1;
            previous = number;
            var cells = Cells(row);
            if (header is null)
            {
                header = cells;
                continue;
            }
            var fields = new string[header.Count];
            for (int i = 0; i < fields.Length; i++) fields[i] = i < cells.Count ? cells[i] : "";
            rows.Add(new CsvTableRow(number, fields));
        }
        return CsvTable.FromSheet(_file, sheet, header ?? [], rows);
    }

    private WorksheetPart? Find(string sheet) =>
        _workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == sheet) is { Id.Value: { } id }
            ? _workbook.GetPartById(id) as WorksheetPart
            : null;

    /// <summary>The row's cells by column, empty where a cell is missing.</summary>
    private List<string> Cells(Row row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            int column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            while (cells.Count < column) cells.Add("");
            cells.Add(Value(cell));
        }
        return cells;
    }

    private string Value(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value is not { } type) return raw;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < _sharedStrings.Count ? _sharedStrings[i] : "";
        if (type == CellValues.InlineString)
            return cell.InlineString is { } inline ? TextOf(inline) : "";
        if (type == CellValues.Boolean)
            return raw is "1" or "true" ? "TRUE" : "FALSE";
        return CellText.Unescape(raw);
    }

    /// <summary>A string item's text: its plain text, or its rich text runs joined (phonetic runs are not part of it).</summary>
    private static string TextOf(RstType item) =>
        CellText.Unescape(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? "")));

    /// <summary>"C12" → 2.</summary>
    private static int ColumnIndex(string reference)
    {
        int index = 0;
        foreach (char c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    public void Dispose() => _document.Dispose();
}
