using CsvHelper;
using EntityPipeline.Output;

namespace EntityPipeline.Evaluation;

/// <summary>Writes evaluation errors as CSV (same format as the output tables), via a temporary file.</summary>
public static class ErrorTableWriter
{
    public static void Write(string path, IEnumerable<EvaluationError> errors)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + $".{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        using (var csv = CsvWriter.Create(stream, TableFormat.WriterOptions(byteOrderMark: true)))
        {
            csv.WriteHeader<ErrorRow>();
            foreach (var e in errors.OrderBy(e => e.DocId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End))
                csv.WriteRecord(new ErrorRow(e.DocId, e.Start, e.End, e.Text, Kind(e.Kind), e.Gold?.ToString() ?? "", e.Predicted?.ToString() ?? ""));
        }
        File.Move(temp, full, overwrite: true);
    }

    private static string Kind(EvaluationErrorKind kind) => kind switch
    {
        EvaluationErrorKind.Missed => "missed",
        EvaluationErrorKind.Spurious => "spurious",
        _ => "wrong_type",
    };
}
