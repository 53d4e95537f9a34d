using System.Globalization;
using System.Xml;

namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Writes a sheet's data rows as XML text, the bytes the SDK's object model writes for the same row (under the <c>x</c>
/// prefix of the sheet's root), handed to the sheet's <see cref="XmlWriter"/> as raw text: <see cref="Start"/> a row, add
/// its cells in column order, <see cref="End"/> it. Building and writing each cell through the object model cost about a
/// fifth of a run on short articles. Not thread-safe.
/// </summary>
internal sealed class SheetRowWriter
{
    private readonly IReadOnlyList<string> _letters;
    private char[] _buffer = new char[1 << 12];
    private int _length;
    private string _row = "";

    /// <param name="letters">The column letters, by column index.</param>
    public SheetRowWriter(IReadOnlyList<string> letters) => _letters = letters;

    /// <summary>Starts row <paramref name="row"/> (1-based), <paramref name="height"/> points high if given.</summary>
    public void Start(int row, double? height = null)
    {
        _length = 0;
        _row = row.ToString(CultureInfo.InvariantCulture);
        Append("<x:row r=\""); Append(_row);
        if (height is { } points) { Append("\" ht=\""); Append(XmlConvert.ToString(points)); Append("\" customHeight=\"1"); }
        Append("\">");
    }

    /// <summary>An inline-string cell holding <paramref name="text"/> as <see cref="CellText.Escape"/> writes it.</summary>
    public void Text(int column, string text, uint style = WorkbookStyles.Default)
    {
        StartCell(column, style, inlineString: true);
        Append("<x:is><x:t xml:space=\"preserve\">"); AppendEscaped(CellText.Escape(text)); Append("</x:t></x:is></x:c>");
    }

    /// <summary>A number cell; <paramref name="value"/> is written as it is (invariant culture).</summary>
    public void Number(int column, string value, uint style = WorkbookStyles.Default)
    {
        StartCell(column, style, inlineString: false);
        Append("<x:v>"); AppendEscaped(value); Append("</x:v></x:c>");
    }

    /// <summary>
    /// A rich-text cell holding <paramref name="text"/> with [<paramref name="from"/>, <paramref name="to"/>) in bold
    /// <see cref="WorkbookStyles.MentionColor"/> and the rest plain (empty runs left out, but for the marked one).
    /// </summary>
    public void Marked(int column, string text, int from, int to, uint style)
    {
        StartCell(column, style, inlineString: true);
        Append("<x:is>");
        if (from > 0) Run(text[..from], bold: false);
        Run(text[from..to], bold: true);
        if (to < text.Length) Run(text[to..], bold: false);
        Append("</x:is></x:c>");
    }

    /// <summary>Ends the row and writes it.</summary>
    public void End(XmlWriter writer)
    {
        Append("</x:row>");
        writer.WriteRaw(_buffer, 0, _length);
    }

    private void StartCell(int column, uint style, bool inlineString)
    {
        Append("<x:c r=\""); Append(_letters[column]); Append(_row);
        if (style != WorkbookStyles.Default) { Append("\" s=\""); Append(style.ToString(CultureInfo.InvariantCulture)); }
        Append(inlineString ? "\" t=\"inlineStr\">" : "\">");
    }

    private void Run(string text, bool bold)
    {
        Append("<x:r>");
        if (bold) { Append("<x:rPr><x:b /><x:color rgb=\""); Append(WorkbookStyles.MentionColor); Append("\" /></x:rPr>"); }
        Append("<x:t xml:space=\"preserve\">"); AppendEscaped(CellText.Escape(text)); Append("</x:t></x:r>");
    }

    /// <summary>Text as the XML writer escapes element content: &amp;, &lt; and &gt; as entities, the rest as it is.</summary>
    private void AppendEscaped(string text)
    {
        int from = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => null };
            if (entity is null) continue;
            Append(text.AsSpan(from, i - from));
            Append(entity);
            from = i + 1;
        }
        Append(text.AsSpan(from));
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + text.Length));
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }
}
