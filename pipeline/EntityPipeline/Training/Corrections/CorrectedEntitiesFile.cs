using CsvHelper;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// The harness's corrected entities.csv: the contract's columns (<see cref="EntityRow"/>'s generated writer), and with
/// <c>reviewedColumn</c> the review sheet's <c>reviewed</c> column after them, as a user who checked only some sentences
/// hands them to <c>train</c> (<see cref="CorrectionsReader"/>). Written under a temporary name and moved over the run's
/// entities.csv by <see cref="Commit"/>.
/// </summary>
internal sealed class CorrectedEntitiesFile : IDisposable
{
    private readonly CsvRecordWriter<EntityRow> _columns = CsvRecordWriter.Create<EntityRow>();
    private readonly string _path, _temp;
    private readonly bool _reviewedColumn;
    private readonly CsvWriter _csv;
    private bool _done;

    public CorrectedEntitiesFile(string folder, bool reviewedColumn)
    {
        _path = Path.Combine(folder, TableNames.Entities);
        _temp = _path + $".{Environment.ProcessId}.tmp";
        _reviewedColumn = reviewedColumn;
        _csv = CsvWriter.Create(new FileStream(_temp, FileMode.Create, FileAccess.Write, FileShare.None), TableFormat.WriterOptions(byteOrderMark: true));
        _columns.WriteHeader(_csv);
        End(ReviewColumns.Reviewed);
    }

    /// <summary>A row as entities.csv holds it (<see cref="EntityRow.ForCsv"/>), marked reviewed or not where there is the column.</summary>
    public void Write(EntityRow row, bool reviewed)
    {
        _columns.Write(_csv, row.ForCsv());
        End(reviewed ? "yes" : "");
    }

    public void Commit()
    {
        _csv.Dispose();
        File.Move(_temp, _path, overwrite: true);
        _done = true;
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        _csv.Dispose();
        File.Delete(_temp);
    }

    private void End(string reviewedField)
    {
        if (_reviewedColumn) _csv.WriteField(reviewedField);
        _csv.EndRecord();
    }
}
