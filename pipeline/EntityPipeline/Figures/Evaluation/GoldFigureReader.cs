using System.Globalization;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// Reads a gold figures TSV (header row, tab-separated, no quoting). The gold offsets are Unicode code
/// points (Python str indices); <see cref="ToUtf16"/> converts them for a document's text, where a
/// character outside the BMP takes two indices. A row without a doc_id, with bad offsets, or with a kind
/// or qualifier the tables do not have is refused, naming the file and line.
/// </summary>
public static class GoldFigureReader
{
    private static readonly string[] Required = ["doc_id", "start", "end", "kind", "text", "value", "unit", "qualifier", "metric", "subject", "period"];

    public static List<GoldFigure> Read(string path)
    {
        using var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext()) throw new InvalidDataException($"{path}: empty file");
        var header = lines.Current.TrimStart('\uFEFF').Split('\t');
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++) column[header[i].Trim()] = i;
        foreach (var name in Required)
            if (!column.ContainsKey(name)) throw new InvalidDataException($"{path}: missing column '{name}'");

        var rows = new List<GoldFigure>();
        int line = 1;
        while (lines.MoveNext())
        {
            line++;
            var raw = lines.Current;
            if (raw.Trim().Length == 0) continue;
            var cols = raw.Split('\t');
            string Get(string name) => column.TryGetValue(name, out int i) && i < cols.Length ? cols[i].Trim() : "";
            var where = $"{path}:{line.ToString(CultureInfo.InvariantCulture)}";
            if (Get("doc_id").Length == 0) throw new InvalidDataException($"{where}: no doc_id");
            if (!int.TryParse(Get("start"), NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(Get("end"), NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end <= start)
                throw new InvalidDataException($"{where}: bad start/end");
            if (!Enum.TryParse<FigureKind>(Get("kind"), ignoreCase: true, out _) || int.TryParse(Get("kind"), out _))
                throw new InvalidDataException($"{where}: unknown kind '{Get("kind")}' (expected one of {string.Join(", ", Enum.GetNames<FigureKind>())})");
            if (!Enum.TryParse<Qualifier>(Get("qualifier"), ignoreCase: true, out _) || int.TryParse(Get("qualifier"), out _))
                throw new InvalidDataException($"{where}: unknown qualifier '{Get("qualifier")}' (expected exact, approx, over, under or target)");
            rows.Add(new GoldFigure(Get("doc_id"), start, end, Get("kind"), Get("text"), Get("value"), Get("value_max"), Get("unit"),
                Get("qualifier"), Get("metric"), Get("subject"), Get("period"), Get("source"), line));
        }
        return rows;
    }

    /// <summary>The gold row with its code-point offsets turned into UTF-16 indices of <paramref name="text"/>.</summary>
    public static GoldFigure ToUtf16(GoldFigure gold, string text)
    {
        int cp = 0, start = -1, end = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            if (cp == gold.Start && start < 0) start = i;
            if (cp == gold.End) { end = i; break; }
            if (i == text.Length) break;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            cp++;
        }
        if (start < 0 || end < 0)
            throw new InvalidDataException($"{gold.DocId}: gold offsets {gold.Start}-{gold.End} are outside the text");
        return gold with { Start = start, End = end };
    }
}
