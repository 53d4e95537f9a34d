using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>
/// One output table, written under a temporary name in the output folder and renamed to its final name
/// only by <see cref="Commit"/>: an interrupted run never leaves a half-written table under a final name.
/// </summary>
internal sealed class TableFile<TRow> : IDisposable
{
    private readonly string _finalPath;
    private readonly string _tempPath;
    private readonly CsvWriter _csv;
    private bool _done;

    public TableFile(string folder, string name, bool byteOrderMark)
    {
        _finalPath = Path.Combine(folder, name);
        _tempPath = Path.Combine(folder, $".{name}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(_tempPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _csv = CsvWriter.Create(stream, TableFormat.WriterOptions(byteOrderMark));
        _csv.WriteHeader<TRow>();
    }

    public void Write(TRow row) => _csv.WriteRecord(row);

    /// <summary>Finishes the file and moves it to its final name, replacing an older table.</summary>
    public void Commit()
    {
        _csv.Dispose();
        File.Move(_tempPath, _finalPath, overwrite: true);
        _done = true;
    }

    /// <summary>Without <see cref="Commit"/>, discards the temporary file.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try { _csv.Dispose(); } catch (IOException) { }
        try { File.Delete(_tempPath); } catch (IOException) { }
    }
}
