namespace EntityPipeline.Output.Workbook;

/// <summary>
/// Writes review.xlsx beside the CSVs, from the same rows: the review sheet, then one sheet per table. Table rows
/// stream into their sheets as documents arrive; the review sheet keeps the least confident sentences in a bounded
/// queue and is written at the end; <see cref="Complete"/> packs the sheets and moves the workbook to its final name.
/// Only sentences that made it into the sentences sheet are offered for review, so the workbook alone can be trained on.
/// </summary>
public sealed class WorkbookWriter : IDisposable
{
    private const string OmittedNote = "{0:N0} more rows are not in this sheet (Excel holds 1,048,576 rows a sheet); the CSV holds them all";

    private readonly string _folder;
    private readonly WorkbookLimits _limits;
    private readonly SheetFile _documents;
    private readonly SheetFile _sentences;
    private readonly SheetFile _entities;
    private readonly SheetFile _figures;
    private readonly List<SheetFile> _sheets = [];
    private readonly ReviewQueue _review;
    private bool _done;

    public WorkbookWriter(string folder, WorkbookLimits? limits = null)
    {
        _folder = folder;
        _limits = limits ?? WorkbookLimits.Excel;
        _review = new ReviewQueue(Math.Min(_limits.ReviewRows, _limits.SheetRows - 2));
        _documents = Table<DocumentRow>(TableNames.Documents);
        _sentences = Table<SentenceRow>(TableNames.Sentences);
        _entities = Table<EntityRow>(TableNames.Entities);
        _figures = Table<FigureRow>(TableNames.Figures);
    }

    public string FinalPath => Path.Combine(_folder, TableNames.Workbook);

    /// <summary>One document's rows, as they are (no CSV escaping: a text cell is never a formula).</summary>
    public void Write(DocumentRow document, IReadOnlyList<SentenceRow> sentences, IReadOnlyList<EntityRow> entities, IReadOnlyList<FigureRow> figures)
    {
        _documents.Write(document);
        var inSheet = new List<SentenceRow>(sentences.Count);
        foreach (var s in sentences)
            if (_sentences.Write(s))
                inSheet.Add(s);
        foreach (var e in entities) _entities.Write(e);
        foreach (var f in figures) _figures.Write(f);

        var bySentence = entities.ToLookup(e => e.SentenceId);
        foreach (var s in inSheet)
        {
            var mentions = bySentence[s.SentenceId].ToList();
            if (mentions.Count > 0)
                _review.Offer(new ReviewSentence(s.DocId, s.SentenceId, s.Start, s.Text, mentions));
        }
    }

    /// <summary>Writes the summary and review sheets, packs the workbook and moves it to its final name.</summary>
    public void Complete(IEnumerable<EntitySummaryRow> summary)
    {
        var summarySheet = Table<EntitySummaryRow>(TableNames.EntitySummary);
        foreach (var row in summary) summarySheet.Write(row);
        foreach (var sheet in new[] { _documents, _sentences, _entities, _figures, summarySheet })
            sheet.Finish(OmittedNote);
        // The table sheets were deflated as their rows arrived, so packing them only copies; the review sheet, known only now,
        // is written meanwhile and deflated on a thread of its own.
        var review = Task.Run(() => ReviewSheet.Write(TempPath(WorkbookSheets.Review), _review, _limits));

        var temp = TempPath("package");
        try
        {
            WorkbookPackage.Write(temp, review, [_documents, _sentences, _entities, _figures, summarySheet]);
            File.Move(temp, FinalPath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
            Task.WaitAny(review); // when the packing failed, the review sheet's file too is deleted once it is written
            if (review.IsCompletedSuccessfully) _sheets.Add(review.Result);
            Dispose();
        }
    }

    /// <summary>Deletes the temporary sheets; without <see cref="Complete"/>, no workbook appears and an older one stays.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        foreach (var sheet in _sheets) sheet.Dispose();
    }

    private SheetFile Table<TRow>(string table)
    {
        var sheet = new SheetFile(TempPath(WorkbookSheets.ForTable(table)), WorkbookSheets.ForTable(table), TableColumns<TRow>.Columns, _limits.SheetRows);
        _sheets.Add(sheet);
        return sheet;
    }

    private string TempPath(string part) => Path.Combine(_folder, $".{TableNames.Workbook}.{Environment.ProcessId}.{part}.tmp");
}
