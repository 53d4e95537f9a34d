using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// One worksheet, streamed row by row into a temporary file beside the workbook, deflated as it is written (a
/// .xlsx is a zip that takes one part at a time, so each sheet waits there until <see cref="WorkbookPackage"/> packs
/// them; <see cref="DeflatedFile"/>). The header row is bold and frozen, columns have their widths, and the filter covers header and data. Cells
/// are typed by their column: text as inline strings (never a formula, never converted), numbers as numbers. Past
/// <see cref="WorkbookLimits.SheetRows"/> rows are counted, not written, and a note row says how many. The sheet's
/// elements are the SDK's, written by an <see cref="XmlWriter"/> set as the SDK's <see cref="OpenXmlWriter"/> sets its own
/// (so the bytes are the same), but data rows, the bulk, are written as UTF-8 straight into the stream (<see cref="SheetRowWriter"/>).
/// </summary>
internal sealed class SheetFile : IDisposable
{
    private readonly IReadOnlyList<SheetColumn> _columns;
    private readonly string[] _letters;
    private readonly int _capacity;
    private readonly DeflatedFile _stream;
    private readonly WriteBehindStream? _behind;
    private readonly XmlWriter _writer;
    private readonly SheetRowWriter _rows;
    private readonly bool _printWide;
    private readonly uint _textStyle;
    private DeflatedPart? _part;

    /// <param name="textStyle">The style of text cells (and of text columns, so that typed entries stay text).</param>
    /// <param name="headerNote">A note in the header row, after the last column.</param>
    /// <param name="printWide">Printed (and rendered to PDF) landscape, all columns on the page's width.</param>
    /// <param name="deflateBehind">Deflated on another thread while this one writes the XML (for a sheet written all at once, at the end).</param>
    public SheetFile(string tempPath, string name, IReadOnlyList<SheetColumn> columns, int maxRows, uint textStyle = WorkbookStyles.Default,
        string? headerNote = null, bool printWide = false, bool deflateBehind = false)
    {
        Name = name;
        TempPath = tempPath;
        _columns = columns;
        _letters = [.. Enumerable.Range(0, columns.Count + 1).Select(ColumnLetters)];
        _capacity = maxRows - 2; // the header, and room for the note row
        _stream = new DeflatedFile(tempPath);
        _behind = deflateBehind ? new WriteBehindStream(_stream) : null;
        _rows = new SheetRowWriter(_letters, _behind ?? (Stream)_stream);
        _writer = XmlWriter.Create(_behind ?? (Stream)_stream, new XmlWriterSettings { CloseOutput = false, Encoding = Encoding.UTF8 }); // as OpenXmlWriter.Create(stream)
        _writer.WriteStartElement(Prefix, "worksheet", SpreadsheetMl);
        _printWide = printWide;
        if (printWide) new SheetProperties(new PageSetupProperties { FitToPage = true }).WriteTo(_writer);
        new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }).WriteTo(_writer);
        new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true,
            Style = c.Kind == CellKind.Text && textStyle != WorkbookStyles.Default ? textStyle : null,
        })).WriteTo(_writer);
        _writer.WriteStartElement(Prefix, "sheetData", SpreadsheetMl);
        _textStyle = textStyle;
        WriteRow(1, columns.Select((c, i) => (i, (Cell?)TextCell(c.Name, WorkbookStyles.Header)))
            .Concat(headerNote is null ? [] : [(columns.Count, (Cell?)TextCell(headerNote, WorkbookStyles.Note))]));
        _writer.Flush(); // the data rows go to the stream itself
    }

    public string Name { get; }
    public string TempPath { get; }

    /// <summary>The sheet's XML, deflated, once <see cref="Finish"/> has closed it.</summary>
    public DeflatedPart Part => _part ?? throw new InvalidOperationException($"sheet {Name} is not finished");
    public int DataRows { get; private set; }
    public long Omitted { get; private set; }
    public int LastRow => DataRows + 1;

    /// <summary>The header and the data rows, for the filter.</summary>
    public string FilterRange => $"A1:{_letters[_columns.Count - 1]}{LastRow}";

    /// <summary>The column letters of column <paramref name="index"/> (0 → A, 26 → AA).</summary>
    public string Letters(int index) => _letters[index];

    /// <summary>Writes one data row of a table (<see cref="TableColumns{TRow}"/>); false when the sheet is full (the row is only counted).</summary>
    public bool Write<TRow>(TRow row)
    {
        if (!Reserve()) return false;
        _rows.Start(LastRow);
        TableColumns<TRow>.Write(row, _rows, _textStyle);
        _rows.End();
        return true;
    }

    /// <summary>
    /// Writes one data row whose cells <paramref name="cells"/> adds in column order, <paramref name="height"/> points high
    /// if given; false when the sheet is full.
    /// </summary>
    public bool Write(Action<SheetRowWriter> cells, double? height = null)
    {
        if (!Reserve()) return false;
        _rows.Start(LastRow, height);
        cells(_rows);
        _rows.End();
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
        _rows.Flush();
        if (Omitted > 0)
            WriteRow(LastRow + 1, [(_columns.Count, TextCell(string.Format(CultureInfo.InvariantCulture, omittedNote, Omitted), WorkbookStyles.Note))]);
        _writer.WriteEndElement(); // sheetData
        new AutoFilter { Reference = FilterRange }.WriteTo(_writer);
        foreach (var element in trailing ?? []) element.WriteTo(_writer);
        if (_printWide)
        {
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 }.WriteTo(_writer);
            new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 }.WriteTo(_writer);
        }
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _behind?.Drain();
        _part = _stream.Finish();
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

    private const string Prefix = "x";
    private const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Writes a row of (column index, cell) pairs in column order; null cells are left out.</summary>
    private void WriteRow(int rowIndex, IEnumerable<(int Column, Cell? Cell)> cells)
    {
        var r = rowIndex.ToString(CultureInfo.InvariantCulture);
        var row = new Row { RowIndex = (uint)rowIndex };
        foreach (var (column, cell) in cells)
        {
            if (cell is null) continue;
            cell.CellReference = _letters[column] + r;
            row.AppendChild(cell);
        }
        row.WriteTo(_writer);
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
        if (_part is null)
        {
            try { _writer.Dispose(); } catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException) { }
            _behind?.Dispose();
            _stream.Dispose();
        }
        try { File.Delete(TempPath); } catch (IOException) { }
    }
}
