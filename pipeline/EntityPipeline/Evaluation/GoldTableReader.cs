using System.Globalization;
using System.Text;
using EntityPipeline.Documents;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Reads a gold entity table (tab-separated, header <c>doc_id start end type text</c>, as in
/// ../shared/gold/seed/entities.tsv). Offsets there are Unicode code points (Python indices);
/// <see cref="ToUtf16"/> converts them for a document's text. Errors name the file and line.
/// </summary>
public static class GoldTableReader
{
    private static readonly string[] Header = ["doc_id", "start", "end", "type", "text"];

    public static IReadOnlyList<GoldEntity> Read(string path)
    {
        var rows = new List<GoldEntity>();
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine()?.TrimEnd('\r').Split('\t');
        if (header is null || !header.Take(Header.Length).SequenceEqual(Header))
            throw new InvalidDataException($"{path}:1: expected the header '{string.Join("\\t", Header)}'");
        int lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length < 5)
                throw new InvalidDataException($"{path}:{lineNumber}: expected 5 tab-separated columns, got {cells.Length}");
            if (!int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end <= start)
                throw new InvalidDataException($"{path}:{lineNumber}: bad offsets '{cells[1]}'..'{cells[2]}'");
            if (!Enum.TryParse<EntityType>(cells[3], ignoreCase: false, out var type) || !Enum.IsDefined(type))
                throw new InvalidDataException($"{path}:{lineNumber}: unknown type '{cells[3]}' (PER, LOC or ORG)");
            rows.Add(new GoldEntity(cells[0], start, end, type, cells[4], lineNumber));
        }
        return rows;
    }

    /// <summary>
    /// Where <paramref name="entity"/> is in its document's <paramref name="text"/>, in UTF-16 indices; an error naming the table's
    /// file and line when its text is not at its offsets.
    /// </summary>
    public static (int Start, int End, EntityType Type) Locate(GoldEntity entity, string text, string goldPath)
    {
        int start = ToUtf16(text, entity.Start), end = ToUtf16(text, entity.End);
        if (end > text.Length || text[start..end] != entity.Text)
            throw new InvalidDataException($"{goldPath}:{entity.Line}: '{entity.Text}' is not at [{entity.Start}, {entity.End}) of {entity.DocId}");
        return (start, end, entity.Type);
    }

    /// <summary>Converts a code-point offset of <paramref name="text"/> to a UTF-16 index (they differ after non-BMP characters).</summary>
    public static int ToUtf16(string text, int codePoint)
    {
        int index = 0;
        for (int cp = 0; cp < codePoint; cp++)
        {
            if (index >= text.Length) return text.Length + (codePoint - cp);
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }
        return index;
    }
}
