using CsvHelper;
using EntityPipeline.Output;

namespace EntityPipeline.Evaluation;

/// <summary>Writes an evaluation's CSV (errors, per-unit counts) in the output tables' format, via a temporary file.</summary>
internal static class EvaluationCsv
{
    public static void Write<T>(string path, IEnumerable<T> rows, bool byteOrderMark)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + $".{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        using (var csv = CsvWriter.Create(stream, TableFormat.WriterOptions(byteOrderMark)))
        {
            csv.WriteHeader<T>();
            foreach (var row in rows) csv.WriteRecord(row);
        }
        File.Move(temp, full, overwrite: true);
    }
}
