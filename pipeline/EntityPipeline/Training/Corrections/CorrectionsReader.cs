using System.Globalization;
using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// Turns a user's corrections into training examples: an edited entities.csv (plus the sentences.csv of the same run),
/// or the review sheet of review.xlsx (<see cref="ReviewWorkbookReader"/>), by the same rules. Rows may be retyped,
/// typed <c>delete</c> (no entity), deleted, moved (start/end changed) or added without offsets (the text is then found
/// in its sentence: the first occurrence not already labelled).
/// <para>Which sentences are reviewed:</para>
/// <list type="bullet">
/// <item>Without a <c>reviewed</c> column (a plain corrected entities.csv), every document in the file is reviewed: all
/// its sentences become examples with exactly the entities of the file.</item>
/// <item>With one, only rows marked reviewed are corrections, and a sentence is reviewed when one of its rows is
/// marked: it becomes an example with its marked rows as corrected and its unmarked rows as the run tagged them, so an
/// unmarked row never turns into a negative example. Sentences without a marked row teach nothing. An unmarked row must
/// be as the run wrote it: one typed delete, added, or (on the review sheet) retyped is refused rather than guessed at.</item>
/// </list>
/// Anything that cannot be trusted is collected with its file and line (file:sheet:row for a sheet), and the whole
/// set is refused with every problem listed.
/// </summary>
public static class CorrectionsReader
{
    private static readonly string[] EntityColumns = ["doc_id", "sentence_id", "text", "type"];
    private static readonly string[] SentenceColumns = ["doc_id", "sentence_id", "start", "end", "text"];

    /// <summary>
    /// <paramref name="path"/> is a review workbook (.xlsx), a folder holding entities.csv and sentences.csv, or the
    /// edited entities file itself (any name) with sentences.csv beside it.
    /// </summary>
    public static CorrectionSet Read(string path, double weight)
    {
        if (ReviewWorkbookReader.IsWorkbook(path)) return ReviewWorkbookReader.Read(path, weight);
        var (entitiesPath, sentencesPath) = Locate(path);
        var sentences = CsvTable.Read(sentencesPath);
        return FromTables(CsvTable.Read(entitiesPath), sentences, [entitiesPath, sentencesPath], weight, RunTaggedDocuments(sentencesPath));
    }

    /// <summary>
    /// The documents the run found entities in, from the documents.csv beside the run's sentences.csv (null when it is not
    /// there): in a plain entities.csv, one of them without a row left was not reviewed, which its user may not have meant.
    /// </summary>
    private static HashSet<string>? RunTaggedDocuments(string sentencesPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sentencesPath))!, TableNames.Documents);
        if (!File.Exists(path)) return null;
        var table = CsvTable.Read(path);
        int doc = table.IndexOf("doc_id"), entities = table.IndexOf("entities");
        if (doc < 0 || entities < 0) return null;
        return table.Rows.Where(r => TryInt(r.Get(entities), out var n) && n > 0).Select(r => r.Get(doc)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The rules, whatever the tables were read from: <paramref name="entities"/> are the corrected rows, <paramref name="sentenceTable"/>
    /// the run's sentences, <paramref name="runTagged"/> the documents the run found entities in (if known).
    /// </summary>
    internal static CorrectionSet FromTables(CsvTable entities, CsvTable sentenceTable, IReadOnlyList<string> files, double weight,
        IReadOnlySet<string>? runTagged = null)
    {
        var problems = new List<CorrectionProblem>();
        var sentences = ReadSentences(sentenceTable, problems);
        RequireColumns(entities, EntityColumns, problems);
        if (problems.Count > 0) throw new CorrectionsException(problems);

        var (placed, marked) = PlaceEntities(entities, sentences, Path.GetFileName(sentenceTable.Path), problems);
        ReportOverlaps(entities.Path, placed, problems);
        bool perRow = entities.Has(ReviewColumns.Reviewed);
        if (perRow && marked.Count == 0 && problems.Count == 0)
            problems.Add(new CorrectionProblem(entities.Path, 1, $"no row is marked {ReviewColumns.Reviewed}: mark the rows you checked with yes (unmarked rows teach nothing)"));
        if (problems.Count > 0) throw new CorrectionsException(problems);

        // Every row was placed (or we threw). Without a reviewed column, the documents of the rows are the reviewed ones.
        var documents = entities.Rows.Select(r => r.Get(entities.IndexOf("doc_id"))).ToHashSet(StringComparer.Ordinal);
        var reviewed = perRow
            ? marked
            : sentences.Keys.Where(k => documents.Contains(k.DocId)).ToHashSet();
        var examples = new List<AnnotatedSentence>();
        foreach (var ((docId, _), sentence) in sentences.Where(s => reviewed.Contains(s.Key))
                     .OrderBy(s => s.Key.DocId, StringComparer.Ordinal).ThenBy(s => s.Key.SentenceId))
        {
            var spans = placed.GetValueOrDefault((docId, sentence.Id), [])
                .Select(p => new EntitySpan(p.Start - sentence.Start, p.End - sentence.Start, p.Type))
                .OrderBy(s => s.Start);
            examples.Add(new AnnotatedSentence(sentence.Text, [.. spans], weight, docId));
        }
        return CorrectionSet.Of(examples, files) with
        {
            RunSentences = sentences.Values.Select(s => s.Text).ToHashSet(StringComparer.Ordinal),
            UntaughtDocuments = perRow || runTagged is null ? [] : [.. runTagged.Where(d => !documents.Contains(d)).Order(StringComparer.Ordinal)],
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

    /// <summary>
    /// The lines a cell spans when it holds two line breaks or more, else null: a stray quotation mark makes a CSV
    /// reader take every line up to the next one, or to the end of the file, as one cell, and no entity row holds such a cell.
    /// </summary>
    private static int? RunawayCellLines(CsvTableRow row) =>
        row.Fields.Select(f => f.TrimEnd().Count(c => c == '\n') + 1).Where(n => n > 2).Cast<int?>().Max();

    private sealed record SentenceInfo(int Id, int Start, int End, string Text);

    private sealed record Placed(int Start, int End, EntityType Type, int Line);

    private static Dictionary<(string DocId, int SentenceId), SentenceInfo> ReadSentences(CsvTable table, List<CorrectionProblem> problems)
    {
        var result = new Dictionary<(string, int), SentenceInfo>();
        if (!RequireColumns(table, SentenceColumns, problems)) return result;
        int doc = table.IndexOf("doc_id"), id = table.IndexOf("sentence_id"), start = table.IndexOf("start"), end = table.IndexOf("end"), text = table.IndexOf("text");
        foreach (var row in table.Rows)
        {
            if (!TryInt(row.Get(id), out var sid) || !TryInt(row.Get(start), out var s) || !TryInt(row.Get(end), out var e) || e - s != Unescape(table, row, text).Length)
            {
                problems.Add(new CorrectionProblem(table.Path, row.Line, "malformed sentence row: sentence_id, start and end must be whole numbers with end - start = the length of text"));
                continue;
            }
            result[(row.Get(doc), sid)] = new SentenceInfo(sid, s, e, Unescape(table, row, text));
        }
        return result;
    }

    /// <summary>The rows' entities by sentence (rows typed delete left out), and the sentences with a marked row.</summary>
    private static (Dictionary<(string DocId, int SentenceId), List<Placed>> Placed, HashSet<(string DocId, int SentenceId)> Marked) PlaceEntities(
        CsvTable table, Dictionary<(string, int), SentenceInfo> sentences, string sentencesName, List<CorrectionProblem> problems)
    {
        int doc = table.IndexOf("doc_id"), id = table.IndexOf("sentence_id"), text = table.IndexOf("text"), type = table.IndexOf("type");
        int start = table.IndexOf("start"), end = table.IndexOf("end");
        int reviewedColumn = table.IndexOf(ReviewColumns.Reviewed), originalType = table.IndexOf(ReviewColumns.OriginalType);
        var placed = new Dictionary<(string, int), List<Placed>>();
        var marked = new HashSet<(string, int)>();
        var withoutOffsets = new List<(CsvTableRow Row, SentenceInfo Sentence, EntityType Type, string Text)>();

        foreach (var row in table.Rows)
        {
            void Problem(string reason) => problems.Add(new CorrectionProblem(table.Path, row.Line, reason));
            if (RunawayCellLines(row) is int lines)
            {
                Problem($"a cell runs over {lines} lines from here: a quotation mark on this line opens a cell that is not closed where it should end (delete it, or close it)");
                continue;
            }
            var docId = row.Get(doc);
            var entityText = Unescape(table, row, text);
            bool isMarked = true;
            if (reviewedColumn >= 0 && !ReviewMark.TryParse(row.Get(reviewedColumn), out isMarked))
            {
                Problem($"{ReviewColumns.Reviewed} '{row.Get(reviewedColumn)}': use yes, or leave it empty");
                continue;
            }
            bool delete = string.Equals(row.Get(type), ReviewColumns.Delete, StringComparison.OrdinalIgnoreCase);
            var entityType = default(EntityType);
            if (!delete && (!Enum.TryParse(row.Get(type), ignoreCase: true, out entityType) || !Enum.IsDefined(entityType)))
            {
                Problem($"unknown type '{row.Get(type)}' (use PER, LOC or ORG, or {ReviewColumns.Delete} for no entity)");
                continue;
            }
            if (!TryInt(row.Get(id), out var sid) || !sentences.TryGetValue((docId, sid), out var sentence))
            {
                Problem($"unknown doc_id/sentence_id '{docId}'/'{row.Get(id)}': not in {sentencesName}");
                continue;
            }
            if (entityText.Length == 0)
            {
                Problem("empty text");
                continue;
            }
            string startText = row.Get(start), endText = row.Get(end);
            bool hasOffsets = startText.Length > 0 || endText.Length > 0;
            if (!isMarked && UnmarkedChange(row, delete, hasOffsets, originalType, type) is { } change)
            {
                Problem(change + $": mark it {ReviewColumns.Reviewed} (yes) for it to count, or undo it");
                continue;
            }
            if (!hasOffsets)
            {
                if (!delete) withoutOffsets.Add((row, sentence, entityType, entityText));
                if (isMarked) marked.Add((docId, sid));
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
            if (!delete) Add(placed, (docId, sid), new Placed(s, e, entityType, row.Line));
            if (isMarked) marked.Add((docId, sid));
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
        return (placed, marked);
    }

    /// <summary>What a user changed on a row not marked reviewed, or null when it is as the run wrote it.</summary>
    private static string? UnmarkedChange(CsvTableRow row, bool delete, bool hasOffsets, int originalTypeColumn, int typeColumn)
    {
        if (delete) return $"type {ReviewColumns.Delete} on a row not marked {ReviewColumns.Reviewed}";
        if (!hasOffsets) return $"a row added without start/end is not marked {ReviewColumns.Reviewed}";
        if (originalTypeColumn < 0) return null;
        var original = row.Get(originalTypeColumn);
        if (original.Length == 0) return $"a row added to the sheet is not marked {ReviewColumns.Reviewed}";
        return string.Equals(original, row.Get(typeColumn), StringComparison.OrdinalIgnoreCase)
            ? null
            : $"type changed from {original} to {row.Get(typeColumn)} on a row not marked {ReviewColumns.Reviewed}";
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

    /// <summary>A text cell as written: a CSV's formula escape undone; a sheet's cell is already exact.</summary>
    private static string Unescape(CsvTable table, CsvTableRow row, int column)
    {
        var cell = column >= 0 && column < row.Fields.Count ? row.Fields[column] : "";
        return table.FormulaEscaped ? TableFormat.UnescapeCell(cell) : cell;
    }

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
