using System.Globalization;
using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Output;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// Turns a user's edited entities.csv (plus the sentences.csv of the same run) into training examples.
/// Every document that appears in the edited file counts as reviewed: all its sentences become
/// examples with exactly the entities of the file. Rows may be deleted, retyped, moved (start/end
/// changed) or added without offsets (the text is then found in its sentence: the first occurrence not
/// already labelled). Anything that cannot be trusted is collected with its file and line, and the whole
/// set is refused with every problem listed.
/// </summary>
public static class CorrectionsReader
{
    private static readonly string[] EntityColumns = ["doc_id", "sentence_id", "text", "type"];
    private static readonly string[] SentenceColumns = ["doc_id", "sentence_id", "start", "end", "text"];

    /// <summary>
    /// <paramref name="path"/> is a folder holding entities.csv and sentences.csv, or the edited entities
    /// file itself (any name) with sentences.csv beside it.
    /// </summary>
    public static CorrectionSet Read(string path, double weight)
    {
        var (entitiesPath, sentencesPath) = Locate(path);
        var problems = new List<CorrectionProblem>();
        var sentences = ReadSentences(CsvTable.Read(sentencesPath), problems);
        var entities = CsvTable.Read(entitiesPath);
        RequireColumns(entities, EntityColumns, problems);
        if (problems.Count > 0) throw new CorrectionsException(problems);

        var placed = PlaceEntities(entities, sentences, problems);
        ReportOverlaps(entities.Path, placed, problems);
        if (problems.Count > 0) throw new CorrectionsException(problems);

        // Every row was placed (or we threw), so the documents of the rows are the reviewed ones.
        var reviewed = entities.Rows.Select(r => r.Get(entities.IndexOf("doc_id"))).ToHashSet(StringComparer.Ordinal);
        var examples = new List<AnnotatedSentence>();
        foreach (var ((docId, _), sentence) in sentences.Where(s => reviewed.Contains(s.Key.DocId))
                     .OrderBy(s => s.Key.DocId, StringComparer.Ordinal).ThenBy(s => s.Key.SentenceId))
        {
            var spans = placed.GetValueOrDefault((docId, sentence.Id), [])
                .Select(p => new EntitySpan(p.Start - sentence.Start, p.End - sentence.Start, p.Type))
                .OrderBy(s => s.Start);
            examples.Add(new AnnotatedSentence(sentence.Text, [.. spans], weight, docId));
        }
        return new CorrectionSet(examples, [entitiesPath, sentencesPath], reviewed.Count, placed.Values.Sum(v => v.Count))
        {
            RunSentences = sentences.Values.Select(s => s.Text).ToHashSet(StringComparer.Ordinal),
        };
    }

    private static (string Entities, string Sentences) Locate(string path)
    {
        if (Directory.Exists(path))
            return (Existing(Path.Combine(path, TableNames.Entities)), Existing(Path.Combine(path, TableNames.Sentences)));
        var entities = Existing(path);
        return (entities, Existing(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(entities))!, TableNames.Sentences)));
    }

    private static string Existing(string file) =>
        File.Exists(file) ? file : throw new FileNotFoundException($"corrections: {file} not found (a corrections folder holds the edited entities.csv and the sentences.csv of the same run)", file);

    private sealed record SentenceInfo(int Id, int Start, int End, string Text);

    private sealed record Placed(int Start, int End, EntityType Type, int Line);

    private static Dictionary<(string DocId, int SentenceId), SentenceInfo> ReadSentences(CsvTable table, List<CorrectionProblem> problems)
    {
        var result = new Dictionary<(string, int), SentenceInfo>();
        if (!RequireColumns(table, SentenceColumns, problems)) return result;
        int doc = table.IndexOf("doc_id"), id = table.IndexOf("sentence_id"), start = table.IndexOf("start"), end = table.IndexOf("end"), text = table.IndexOf("text");
        foreach (var row in table.Rows)
        {
            if (!TryInt(row.Get(id), out var sid) || !TryInt(row.Get(start), out var s) || !TryInt(row.Get(end), out var e) || e - s != Unescape(row, text).Length)
            {
                problems.Add(new CorrectionProblem(table.Path, row.Line, "malformed sentence row: sentence_id, start and end must be whole numbers with end - start = the length of text"));
                continue;
            }
            result[(row.Get(doc), sid)] = new SentenceInfo(sid, s, e, Unescape(row, text));
        }
        return result;
    }

    private static Dictionary<(string DocId, int SentenceId), List<Placed>> PlaceEntities(
        CsvTable table, Dictionary<(string, int), SentenceInfo> sentences, List<CorrectionProblem> problems)
    {
        int doc = table.IndexOf("doc_id"), id = table.IndexOf("sentence_id"), text = table.IndexOf("text"), type = table.IndexOf("type");
        int start = table.IndexOf("start"), end = table.IndexOf("end");
        var placed = new Dictionary<(string, int), List<Placed>>();
        var withoutOffsets = new List<(CsvTableRow Row, SentenceInfo Sentence, EntityType Type, string Text)>();

        foreach (var row in table.Rows)
        {
            void Problem(string reason) => problems.Add(new CorrectionProblem(table.Path, row.Line, reason));
            var docId = row.Get(doc);
            var entityText = Unescape(row, text);
            if (!Enum.TryParse<EntityType>(row.Get(type), ignoreCase: true, out var entityType) || !Enum.IsDefined(entityType))
            {
                Problem($"unknown type '{row.Get(type)}' (use PER, LOC or ORG)");
                continue;
            }
            if (!TryInt(row.Get(id), out var sid) || !sentences.TryGetValue((docId, sid), out var sentence))
            {
                Problem($"unknown doc_id/sentence_id '{docId}'/'{row.Get(id)}': not in {TableNames.Sentences}");
                continue;
            }
            if (entityText.Length == 0)
            {
                Problem("empty text");
                continue;
            }
            string startText = row.Get(start), endText = row.Get(end);
            if (startText.Length == 0 && endText.Length == 0)
            {
                withoutOffsets.Add((row, sentence, entityType, entityText));
                continue;
            }
            if (!TryInt(startText, out var s) || !TryInt(endText, out var e))
            {
                Problem($"start/end '{startText}'/'{endText}' must both be whole numbers, or both be empty to find the text in the sentence");
                continue;
            }
            if (s < sentence.Start || e > sentence.End || s >= e)
            {
                Problem($"span {s}..{e} out of range: sentence {sid} spans {sentence.Start}..{sentence.End}");
                continue;
            }
            var slice = sentence.Text[(s - sentence.Start)..(e - sentence.Start)];
            if (slice != entityText)
            {
                Problem($"text '{entityText}' does not match the sentence at {s}..{e}, which reads '{slice}'");
                continue;
            }
            Add(placed, (docId, sid), new Placed(s, e, entityType, row.Line));
        }

        foreach (var (row, sentence, entityType, entityText) in withoutOffsets)
        {
            var key = (row.Get(doc), sentence.Id);
            var taken = placed.GetValueOrDefault(key, []);
            int at = -1;
            for (int from = 0; (from = sentence.Text.IndexOf(entityText, from, StringComparison.Ordinal)) >= 0; from++)
            {
                int s = sentence.Start + from, e = s + entityText.Length;
                if (!taken.Any(p => p.Start < e && s < p.End)) { at = s; break; }
            }
            if (at < 0)
            {
                problems.Add(new CorrectionProblem(table.Path, row.Line, sentence.Text.Contains(entityText, StringComparison.Ordinal)
                    ? $"text '{entityText}' is already labelled everywhere it occurs in sentence {sentence.Id}"
                    : $"text '{entityText}' not found in sentence {sentence.Id}"));
                continue;
            }
            Add(placed, key, new Placed(at, at + entityText.Length, entityType, row.Line));
        }
        return placed;
    }

    private static void ReportOverlaps(string file, Dictionary<(string, int), List<Placed>> placed, List<CorrectionProblem> problems)
    {
        foreach (var spans in placed.Values)
        {
            spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            for (int i = 1; i < spans.Count; i++)
                if (spans[i].Start < spans[i - 1].End)
                    problems.Add(new CorrectionProblem(file, spans[i].Line,
                        $"span {spans[i].Start}..{spans[i].End} overlaps {spans[i - 1].Start}..{spans[i - 1].End} of line {spans[i - 1].Line}"));
        }
    }

    private static bool RequireColumns(CsvTable table, string[] columns, List<CorrectionProblem> problems)
    {
        var missing = columns.Where(c => !table.Has(c)).ToList();
        if (missing.Count > 0)
            problems.Add(new CorrectionProblem(table.Path, 1, $"missing column(s) {string.Join(", ", missing)}; the header is: {string.Join(", ", table.Header)}"));
        return missing.Count == 0;
    }

    private static void Add(Dictionary<(string, int), List<Placed>> placed, (string, int) key, Placed p)
    {
        if (!placed.TryGetValue(key, out var list)) placed[key] = list = [];
        list.Add(p);
    }

    private static string Unescape(CsvTableRow row, int column) =>
        TableFormat.UnescapeCell(column >= 0 && column < row.Fields.Count ? row.Fields[column] : "");

    /// <summary>A whole number as a spreadsheet may write it: "12" or "12.0".</summary>
    private static bool TryInt(string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }
        return false;
    }
}
