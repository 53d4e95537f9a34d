using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// One worksheet, streamed row by row with <see cref="OpenXmlWriter"/> into a temporary file beside the workbook (a
/// .xlsx is a zip that takes one part at a time, so each sheet waits there until <see cref="WorkbookPackage"/> packs
/// them). The header row is bold and frozen, columns have their widths, and the filter covers header and data. Cells
/// are typed by their column: text as inline strings (never a formula, never converted), numbers as numbers. Past
/// <see cref="WorkbookLimits.SheetRows"/> rows are counted, not written, and a note row says how many.
/// </summary>
internal sealed class SheetFile : IDisposable
{
    private readonly IReadOnlyList<SheetColumn> _columns;
    private readonly string[] _letters;
    private readonly int _capacity;
    private readonly Stream _stream;
    private readonly OpenXmlWriter _writer;
    private readonly bool _printWide;
    private readonly uint _textStyle;
    private bool _finished;

    /// <param name="textStyle">The style of text cells (and of text columns, so that typed entries stay text).</param>
    /// <param name="headerNote">A note in the header row, after the last column.</param>
    /// <param name="printWide">Printed (and rendered to PDF) landscape, all columns on the page's width.</param>
    public SheetFile(string tempPath, string name, IReadOnlyList<SheetColumn> columns, int maxRows, uint textStyle = WorkbookStyles.Default,
        string? headerNote = null, bool printWide = false)
    {
        Name = name;
        TempPath = tempPath;
        _columns = columns;
        _letters = [.. Enumerable.Range(0, columns.Count + 1).Select(ColumnLetters)];
        _capacity = maxRows - 2; // the header, and room for the note row
        _stream = new FileStream(tempPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = OpenXmlWriter.Create(_stream);
        _writer.WriteStartElement(new Worksheet());
        _printWide = printWide;
        if (printWide) _writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        _writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true,
            Style = c.Kind == CellKind.Text && textStyle != WorkbookStyles.Default ? textStyle : null,
        })));
        _writer.WriteStartElement(new SheetData());
        _textStyle = textStyle;
        WriteRow(1, columns.Select((c, i) => (i, (Cell?)TextCell(c.Name, WorkbookStyles.Header)))
            .Concat(headerNote is null ? [] : [(columns.Count, (Cell?)TextCell(headerNote, WorkbookStyles.Note))]));
    }

    public string Name { get; }
    public string TempPath { get; }
    public int DataRows { get; private set; }
    public long Omitted { get; private set; }
    public int LastRow => DataRows + 1;

    /// <summary>The header and the data rows, for the filter.</summary>
    public string FilterRange => $"A1:{_letters[_columns.Count - 1]}{LastRow}";

    /// <summary>The column letters of column <paramref name="index"/> (0 → A, 26 → AA).</summary>
    public string Letters(int index) => _letters[index];

    /// <summary>
    /// Writes one data row of plain cells; false when the sheet is full (the row is only counted). The bulk of a run
    /// goes through here, so the cells are written from reused elements and attributes, not built as objects.
    /// </summary>
    public bool Write(IReadOnlyList<string> cells)
    {
        if (!Reserve()) return false;
        var r = LastRow.ToString(CultureInfo.InvariantCulture);
        _writer.WriteStartElement(Prototype.Row, [new OpenXmlAttribute("r", "", r)]);
        for (int i = 0; i < _columns.Count; i++)
        {
            var value = cells[i];
            if (value.Length == 0) continue;
            var reference = new OpenXmlAttribute("r", "", _letters[i] + r);
            int depth;
            if (_columns[i].Kind == CellKind.Number && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                _writer.WriteStartElement(Prototype.Cell, [reference]);
                _writer.WriteStartElement(Prototype.Value);
                depth = 2;
            }
            else
            {
                _writer.WriteStartElement(Prototype.Cell, _textStyle == WorkbookStyles.Default
                    ? [reference, Prototype.InlineStringType]
                    : [reference, new OpenXmlAttribute("s", "", _textStyle.ToString(CultureInfo.InvariantCulture)), Prototype.InlineStringType]);
                _writer.WriteStartElement(Prototype.InlineString);
                _writer.WriteStartElement(Prototype.Text, [Prototype.PreserveSpace]);
                value = CellText.Escape(value);
                depth = 3;
            }
            _writer.WriteString(value);
            for (; depth > 0; depth--) _writer.WriteEndElement();
        }
        _writer.WriteEndElement();
        return true;
    }

    /// <summary>
    /// Writes one data row whose cells <paramref name="cell"/> makes (null: an empty cell), <paramref name="height"/> points
    /// high if given; false when the sheet is full.
    /// </summary>
    public bool Write(Func<int, Cell?> cell, double? height = null)
    {
        if (!Reserve()) return false;
        WriteRow(LastRow, Enumerable.Range(0, _columns.Count).Select(i => (i, cell(i))), height);
        return true;
    }

    public static Cell TextCell(string value, uint style = WorkbookStyles.Default) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style == WorkbookStyles.Default ? null : style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(CellText.Escape(value)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Closes the sheet: the note row when rows were left out, the filter, then <paramref name="trailing"/> (data validations).</summary>
    public void Finish(string omittedNote, IEnumerable<OpenXmlElement>? trailing = null)
    {
        if (Omitted > 0)
            WriteRow(LastRow + 1, [(_columns.Count, TextCell(string.Format(CultureInfo.InvariantCulture, omittedNote, Omitted), WorkbookStyles.Note))]);
        _writer.WriteEndElement(); // sheetData
        _writer.WriteElement(new AutoFilter { Reference = FilterRange });
        foreach (var element in trailing ?? []) _writer.WriteElement(element);
        if (_printWide)
        {
            _writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
            _writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        }
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _stream.Dispose();
        _finished = true;
    }

    /// <summary>Counts a data row; false when the sheet is full (the row is then only counted as omitted).</summary>
    private bool Reserve()
    {
        if (DataRows >= _capacity)
        {
            Omitted++;
            return false;
        }
        DataRows++;
        return true;
    }

    /// <summary>Elements and attributes that plain rows reuse: the writer writes their names, never their content.</summary>
    private static class Prototype
    {
        public static readonly Row Row = new();
        public static readonly Cell Cell = new();
        public static readonly CellValue Value = new();
        public static readonly InlineString InlineString = new();
        public static readonly DocumentFormat.OpenXml.Spreadsheet.Text Text = new();
        public static readonly OpenXmlAttribute InlineStringType = new("t", "", "inlineStr");
        public static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
    }

    /// <summary>Writes a row of (column index, cell) pairs in column order; null cells are left out.</summary>
    private void WriteRow(int rowIndex, IEnumerable<(int Column, Cell? Cell)> cells, double? height = null)
    {
        var r = rowIndex.ToString(CultureInfo.InvariantCulture);
        _writer.WriteStartElement(new Row { RowIndex = (uint)rowIndex, Height = height, CustomHeight = height is null ? null : true });
        foreach (var (column, cell) in cells)
        {
            if (cell is null) continue;
            cell.CellReference = _letters[column] + r;
            _writer.WriteElement(cell);
        }
        _writer.WriteEndElement();
    }

    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            try { _writer.Dispose(); } catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException) { }
            _stream.Dispose();
        }
        try { File.Delete(TempPath); } catch (IOException) { }
    }
}
