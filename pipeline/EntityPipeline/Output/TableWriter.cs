using EntityPipeline.Documents;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Processing;

namespace EntityPipeline.Output;

/// <summary>
/// Writes the five tables of a run, and the review workbook when asked (<see cref="WorkbookWriter"/>). Rows of each document are written as the document arrives (the
/// runner delivers documents in doc_id order; rows within one follow their offsets), and entity_summary.csv
/// is written at the end from counts kept per distinct (type, normalized). Nothing appears under a final
/// name until <see cref="Complete"/>.
/// </summary>
public sealed class TableWriter : IDisposable
{
    private readonly TableFile<DocumentRow> _documents;
    private readonly TableFile<SentenceRow> _sentences;
    private readonly TableFile<EntityRow> _entities;
    private readonly TableFile<FigureRow> _figures;
    private readonly string _folder;
    private readonly bool _bom;
    private readonly bool _escapeFormulas;
    private readonly WorkbookWriter? _workbook;
    private readonly Dictionary<(EntityType Type, string Normalized), (int Documents, int Mentions)> _summary = [];

    /// <param name="escapeFormulas">
    /// Put ' before CSV cells a spreadsheet would run as a formula (<see cref="TableFormat.Text"/>), the default; false writes every
    /// cell as it is, so that text == document[start:end] holds in pandas and R (the plain dialect). The workbook never needs it.
    /// </param>
    /// <param name="workbook">Also write review.xlsx (<see cref="WorkbookWriter"/>); <paramref name="limits"/> bound it.</param>
    public TableWriter(string folder, bool byteOrderMark = true, bool escapeFormulas = true, bool workbook = false, WorkbookLimits? limits = null)
    {
        _folder = folder;
        _bom = byteOrderMark;
        _escapeFormulas = escapeFormulas;
        Directory.CreateDirectory(folder);
        _documents = new(folder, TableNames.Documents, byteOrderMark);
        _sentences = new(folder, TableNames.Sentences, byteOrderMark);
        _entities = new(folder, TableNames.Entities, byteOrderMark);
        _figures = new(folder, TableNames.Figures, byteOrderMark);
        _workbook = workbook ? new WorkbookWriter(folder, limits) : null;
    }

    public void Write(DocumentResult result)
    {
        var doc = result.Document;
        var id = result.Source.DocId;
        if (doc is null)
        {
            Write(new DocumentRow(id, result.Source.FullPath, result.Encoding, 0, 0, 0, 0, Status(result.Status), result.Message, "", ""), [], [], []);
            return;
        }

        var sentences = doc.Has(Layers.Sentences) ? doc.Sentences : [];
        var mentions = doc.Has(Layers.Mentions) ? doc.Mentions : [];
        var figures = doc.Has(Layers.Figures) ? doc.Figures : [];
        var date = doc.Has(Layers.Date) ? doc.Date : DocumentDate.Unknown;
        var documentRow = new DocumentRow(id, result.Source.FullPath, result.Encoding, doc.Text.Length,
            sentences.Length, mentions.Length, figures.Length, Status(result.Status), result.Message,
            date.Value, date.Source.ToString().ToLowerInvariant());
        var sentenceRows = sentences.Select(s => new SentenceRow(id, s.Index, s.Start, s.End, doc.Slice(s.Start, s.End))).ToList();

        var seen = new HashSet<(EntityType, string)>();
        var entityRows = new List<EntityRow>(mentions.Length);
        foreach (var m in mentions)
        {
            var row = EntityRow.Of(id, doc, m);
            entityRows.Add(row);
            var key = (m.Type, row.Normalized);
            _summary.TryGetValue(key, out var counts);
            _summary[key] = (counts.Documents + (seen.Add(key) ? 1 : 0), counts.Mentions + 1);
        }

        var figureRows = figures.Select(f => new FigureRow(id, doc.SentenceAt(f.Start), f.Start, f.End, doc.Slice(f.Start, f.End),
            f.Kind.ToString(), f.Value, f.Unit, f.Qualifier.ToString().ToLowerInvariant(), f.Metric, f.Subject, f.Period, f.ValueMax)).ToList();
        Write(documentRow, sentenceRows, entityRows, figureRows);
    }

    /// <summary>Writes entity_summary.csv (and the workbook) and moves every table to its final name.</summary>
    public void Complete()
    {
        var summaryRows = _summary
            .OrderBy(e => e.Key.Type).ThenByDescending(e => e.Value.Mentions).ThenBy(e => e.Key.Normalized, StringComparer.Ordinal)
            .Select(e => new EntitySummaryRow(e.Key.Type.ToString(), e.Key.Normalized, e.Value.Documents, e.Value.Mentions))
            .ToList();
        _workbook?.Complete(summaryRows);
        using (var summary = new TableFile<EntitySummaryRow>(_folder, TableNames.EntitySummary, _bom))
        {
            foreach (var row in summaryRows) summary.Write(_escapeFormulas ? row.ForCsv() : row);
            summary.Commit();
        }
        _documents.Commit();
        _sentences.Commit();
        _entities.Commit();
        _figures.Commit();
    }

    /// <summary>
    /// Writes the tables and workbook of no document into a temporary folder, then deletes it: the first use of the writing code
    /// (the Open XML SDK, System.IO.Packaging, deflate: about 0.2 s of compiling and type loading) then happens on a core that
    /// start-up leaves idle, instead of between the model's load and the first document and after the last. Nothing stays; a
    /// temporary folder that cannot be written only leaves that cost where it was.
    /// </summary>
    /// <param name="parent">Where the temporary folder goes (default: the system's temporary folder).</param>
    public static void WarmUp(string? parent = null)
    {
        DirectoryInfo? folder = null;
        try
        {
            folder = parent is null ? Directory.CreateTempSubdirectory(WarmUpPrefix)
                : Directory.CreateDirectory(Path.Combine(parent, WarmUpPrefix + Environment.ProcessId));
            using var writer = new TableWriter(folder.FullName, workbook: true);
            writer.Complete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        finally
        {
            try { folder?.Delete(recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private const string WarmUpPrefix = "entitypipeline-warm-up-";

    public void Dispose()
    {
        _documents.Dispose();
        _sentences.Dispose();
        _entities.Dispose();
        _figures.Dispose();
        _workbook?.Dispose();
    }

    /// <summary>One document's rows: escaped into the CSVs (unless plain), as they are into the workbook.</summary>
    private void Write(DocumentRow document, List<SentenceRow> sentences, List<EntityRow> entities, List<FigureRow> figures)
    {
        _documents.Write(_escapeFormulas ? document.ForCsv() : document);
        foreach (var s in sentences) _sentences.Write(_escapeFormulas ? s.ForCsv() : s);
        foreach (var e in entities) _entities.Write(_escapeFormulas ? e.ForCsv() : e);
        foreach (var f in figures) _figures.Write(_escapeFormulas ? f.ForCsv() : f);
        _workbook?.Write(document, sentences, entities, figures);
    }

    private static string Status(DocumentStatus status) => status.ToString().ToLowerInvariant();
}
