using EntityPipeline.Documents;
using EntityPipeline.Entities;
using EntityPipeline.Processing;

namespace EntityPipeline.Output;

/// <summary>
/// Writes the five tables of a run. Rows of each document are written as the document arrives (the
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
    private readonly Dictionary<(EntityType Type, string Normalized), (int Documents, int Mentions)> _summary = [];

    /// <param name="escapeFormulas">
    /// Put ' before cells a spreadsheet would run as a formula (<see cref="TableFormat.Text"/>), the default; false writes every
    /// cell as it is, so that text == document[start:end] holds in pandas and R (the plain dialect).
    /// </param>
    public TableWriter(string folder, bool byteOrderMark = true, bool escapeFormulas = true)
    {
        _folder = folder;
        _bom = byteOrderMark;
        _escapeFormulas = escapeFormulas;
        Directory.CreateDirectory(folder);
        _documents = new(folder, TableNames.Documents, byteOrderMark);
        _sentences = new(folder, TableNames.Sentences, byteOrderMark);
        _entities = new(folder, TableNames.Entities, byteOrderMark);
        _figures = new(folder, TableNames.Figures, byteOrderMark);
    }

    public void Write(DocumentResult result)
    {
        var doc = result.Document;
        var id = result.Source.DocId;
        if (doc is null)
        {
            _documents.Write(new DocumentRow(Text(id), Text(result.Source.FullPath), result.Encoding, 0, 0, 0, 0, Status(result.Status), Text(result.Message), "", ""));
            return;
        }

        var sentences = doc.Has(Layers.Sentences) ? doc.Sentences : [];
        var mentions = doc.Has(Layers.Mentions) ? doc.Mentions : [];
        var figures = doc.Has(Layers.Figures) ? doc.Figures : [];
        var date = doc.Has(Layers.Date) ? doc.Date : DocumentDate.Unknown;
        _documents.Write(new DocumentRow(Text(id), Text(result.Source.FullPath), result.Encoding, doc.Text.Length,
            sentences.Length, mentions.Length, figures.Length, Status(result.Status), Text(result.Message),
            date.Value, date.Source.ToString().ToLowerInvariant()));

        foreach (var s in sentences)
            _sentences.Write(new SentenceRow(Text(id), s.Index, s.Start, s.End, Text(doc.Slice(s.Start, s.End))));

        var seen = new HashSet<(EntityType, string)>();
        foreach (var m in mentions)
        {
            var text = doc.Slice(m.Start, m.End);
            var normalized = EntityNormalizer.Normalize(text);
            _entities.Write(new EntityRow(Text(id), doc.SentenceAt(m.Start), m.Start, m.End, Text(text), m.Type.ToString(),
                Text(normalized), m.Source.ToString().ToLowerInvariant(), TableFormat.Confidence(m.Confidence)));
            var key = (m.Type, normalized);
            _summary.TryGetValue(key, out var counts);
            _summary[key] = (counts.Documents + (seen.Add(key) ? 1 : 0), counts.Mentions + 1);
        }

        foreach (var f in figures)
            _figures.Write(new FigureRow(Text(id), doc.SentenceAt(f.Start), f.Start, f.End, Text(doc.Slice(f.Start, f.End)),
                f.Kind.ToString(), Computed(f.Value), Computed(f.Unit), f.Qualifier.ToString().ToLowerInvariant(), Text(f.Metric), Text(f.Subject),
                Text(f.Period), Computed(f.ValueMax)));
    }

    /// <summary>Writes entity_summary.csv and moves all five tables to their final names.</summary>
    public void Complete()
    {
        using (var summary = new TableFile<EntitySummaryRow>(_folder, TableNames.EntitySummary, _bom))
        {
            foreach (var ((type, normalized), (documents, mentions)) in _summary
                         .OrderBy(e => e.Key.Type).ThenByDescending(e => e.Value.Mentions).ThenBy(e => e.Key.Normalized, StringComparer.Ordinal))
                summary.Write(new EntitySummaryRow(type.ToString(), Text(normalized), documents, mentions));
            summary.Commit();
        }
        _documents.Commit();
        _sentences.Commit();
        _entities.Commit();
        _figures.Commit();
    }

    public void Dispose()
    {
        _documents.Dispose();
        _sentences.Dispose();
        _entities.Dispose();
        _figures.Dispose();
    }

    private string Text(string cell) => _escapeFormulas ? TableFormat.Text(cell) : cell;

    private string Computed(string cell) => _escapeFormulas ? TableFormat.Computed(cell) : cell;

    private static string Status(DocumentStatus status) => status.ToString().ToLowerInvariant();
}
