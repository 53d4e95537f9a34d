using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Writes a sheet's data rows as UTF-8 XML straight into the sheet's stream, the bytes the SDK's object model writes for the
/// same row (under the <c>x</c> prefix of the sheet's root): <see cref="Start"/> a row, add its cells in column order,
/// <see cref="End"/> it. The sheet's <see cref="XmlWriter"/> must be flushed before the first row, and <see cref="Flush"/>
/// called before it writes again. Building each cell through the object model cost about a fifth of a run on short articles,
/// and handing the rows to the XML writer as text (encoded there char by char) a third of the workbook's CPU. Line feeds
/// are written as they are (the XML writer wrote its NewLineChars, "\n" but on Windows). Not thread-safe.
/// </summary>
internal sealed class SheetRowWriter
{
    private const int FlushAt = 1 << 16;
    private static readonly SearchValues<char> Markup = SearchValues.Create("&<>");

    private readonly byte[][] _letters;
    private readonly Stream _output;
    private readonly byte[] _row = new byte[16];
    private byte[] _buffer = new byte[FlushAt * 2];
    private int _length, _rowLength;

    /// <param name="letters">The column letters, by column index.</param>
    /// <param name="output">The sheet's stream, which the rows are written to.</param>
    public SheetRowWriter(IReadOnlyList<string> letters, Stream output)
    {
        _letters = [.. letters.Select(Encoding.ASCII.GetBytes)];
        _output = output;
    }

    /// <summary>Starts row <paramref name="row"/> (1-based), <paramref name="height"/> points high if given.</summary>
    public void Start(int row, double? height = null)
    {
        row.TryFormat(_row, out _rowLength, default, CultureInfo.InvariantCulture);
        Append("<x:row r=\""u8); Append(_row.AsSpan(0, _rowLength));
        if (height is { } points) { Append("\" ht=\""u8); AppendUtf8(XmlConvert.ToString(points)); Append("\" customHeight=\"1"u8); }
        Append("\">"u8);
    }

    /// <summary>An inline-string cell holding <paramref name="text"/> as <see cref="CellText.Escape"/> writes it.</summary>
    public void Text(int column, string text, uint style = WorkbookStyles.Default)
    {
        StartCell(column, style, inlineString: true);
        Append("<x:is><x:t xml:space=\"preserve\">"u8); AppendEscaped(CellText.Escape(text)); Append("</x:t></x:is></x:c>"u8);
    }

    /// <summary>A number cell; <paramref name="value"/> is written as it is (invariant culture).</summary>
    public void Number(int column, string value, uint style = WorkbookStyles.Default)
    {
        StartCell(column, style, inlineString: false);
        Append("<x:v>"u8); AppendEscaped(value); Append("</x:v></x:c>"u8);
    }

    /// <summary>A number cell holding a whole number (invariant culture).</summary>
    public void Number(int column, int value, uint style = WorkbookStyles.Default)
    {
        StartCell(column, style, inlineString: false);
        Append("<x:v>"u8); AppendNumber(value); Append("</x:v></x:c>"u8);
    }

    /// <summary>
    /// A plain cell of a table's sheet: left out when empty; in a number column, a number when it parses as one; else text
    /// in <paramref name="textStyle"/>.
    /// </summary>
    public void Cell(int column, string value, bool number, uint textStyle)
    {
        if (value.Length == 0) return;
        if (number && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) Number(column, value);
        else Text(column, value, textStyle);
    }

    /// <summary>
    /// A rich-text cell holding <paramref name="text"/> with [<paramref name="from"/>, <paramref name="to"/>) in bold
    /// <see cref="WorkbookStyles.MentionColor"/> and the rest plain (empty runs left out, but for the marked one).
    /// </summary>
    public void Marked(int column, string text, int from, int to, uint style)
    {
        StartCell(column, style, inlineString: true);
        Append("<x:is>"u8);
        if (from > 0) Run(text.AsSpan(0, from), bold: false);
        Run(text.AsSpan(from, to - from), bold: true);
        if (to < text.Length) Run(text.AsSpan(to), bold: false);
        Append("</x:is></x:c>"u8);
    }

    /// <summary>Ends the row; it reaches the stream with the rows after it, at the latest on <see cref="Flush"/>.</summary>
    public void End()
    {
        Append("</x:row>"u8);
        if (_length >= FlushAt) Flush();
    }

    /// <summary>Writes the rows ended so far to the stream.</summary>
    public void Flush()
    {
        if (_length == 0) return;
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }

    private void StartCell(int column, uint style, bool inlineString)
    {
        Append("<x:c r=\""u8); Append(_letters[column]); Append(_row.AsSpan(0, _rowLength));
        if (style != WorkbookStyles.Default)
        {
            Append("\" s=\""u8);
            AppendNumber(style);
        }
        Append(inlineString ? "\" t=\"inlineStr\">"u8 : "\">"u8);
    }

    private void Run(ReadOnlySpan<char> text, bool bold)
    {
        Append("<x:r>"u8);
        if (bold) { Append("<x:rPr><x:b /><x:color rgb=\""u8); AppendUtf8(WorkbookStyles.MentionColor); Append("\" /></x:rPr>"u8); }
        Append("<x:t xml:space=\"preserve\">"u8);
        AppendEscaped(CellText.IsPlain(text) ? text : CellText.Escape(text.ToString()));
        Append("</x:t></x:r>"u8);
    }

    /// <summary>Text as the XML writer escapes element content: &amp;, &lt; and &gt; as entities, the rest as it is.</summary>
    private void AppendEscaped(ReadOnlySpan<char> text)
    {
        for (int i; (i = text.IndexOfAny(Markup)) >= 0; text = text[(i + 1)..])
        {
            AppendUtf8(text[..i]);
            Append(text[i] switch { '&' => "&amp;"u8, '<' => "&lt;"u8, _ => "&gt;"u8 });
        }
        AppendUtf8(text);
    }

    /// <summary>A whole number in invariant culture (at most 11 bytes).</summary>
    private void AppendNumber<T>(T value) where T : IUtf8SpanFormattable
    {
        Reserve(11);
        value.TryFormat(_buffer.AsSpan(_length), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    private void AppendUtf8(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
    }
}
