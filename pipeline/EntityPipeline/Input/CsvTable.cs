using CsvHelper;
using EntityPipeline.Text;

namespace EntityPipeline.Input;

/// <summary>
/// A CSV file as a spreadsheet may have saved it: UTF-8 with or without BOM, UTF-16, or GB18030 (Excel's
/// "CSV" on a Chinese Windows); comma, semicolon or tab delimited (detected); CRLF or LF; columns in any
/// order (looked up by header name); empty lines skipped. Each row keeps its line number for error messages.
/// A workbook sheet can be read as one too (<see cref="FromSheet"/>).
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, IReadOnlyList<string> header, List<CsvTableRow> rows, bool formulaEscaped = true)
    {
        Path = path;
        FormulaEscaped = formulaEscaped;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Count; i++)
            _columns.TryAdd(header[i].Trim(), i);
    }

    /// <summary>The file, or file:sheet for a workbook sheet, so that a row reads as Path:Line.</summary>
    public string Path { get; }

    /// <summary>Text cells may carry the ' that keeps a spreadsheet from running them (<see cref="Output.TableFormat.Text"/>): true for a CSV, false for a sheet.</summary>
    public bool FormulaEscaped { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvTableRow> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The index of <paramref name="column"/>, or -1.</summary>
    public int IndexOf(string column) => _columns.GetValueOrDefault(column, -1);

    /// <summary>
    /// A workbook sheet as a table: its header row and data rows with their row numbers (a row under no header is
    /// left out, as are empty rows). Its cells hold the exact text, with no formula escape.
    /// </summary>
    public static CsvTable FromSheet(string file, string sheet, IReadOnlyList<string> header, IEnumerable<CsvTableRow> rows) =>
        new($"{file}:{sheet}", header, [.. rows.Where(r => !r.Fields.All(string.IsNullOrWhiteSpace))], formulaEscaped: false);

    public static CsvTable Read(string path)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        using var csv = CsvReader.FromText(decoded.Text, new CsvReaderOptions { TrackLineNumbers = true, SkipEmptyLines = true });
        var header = csv.Headers.ToArray();
        var rows = new List<CsvTableRow>();
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (int i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i);
            if (fields.All(string.IsNullOrWhiteSpace)) continue; // a row a spreadsheet emptied
            rows.Add(new CsvTableRow((int)csv.LineNumber, fields));
        }
        return new CsvTable(path, header, rows);
    }
}
