namespace EntityPipeline.Evaluation;

/// <summary>Writes evaluation errors as CSV (same format as the output tables), via a temporary file.</summary>
public static class ErrorTableWriter
{
    public static void Write(string path, IEnumerable<EvaluationError> errors) =>
        EvaluationCsv.Write(path, errors.OrderBy(e => e.DocId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .Select(e => new ErrorRow(e.DocId, e.Start, e.End, e.Text, Kind(e.Kind), e.Gold?.ToString() ?? "", e.Predicted?.ToString() ?? "")),
            byteOrderMark: true);

    private static string Kind(EvaluationErrorKind kind) => kind switch
    {
        EvaluationErrorKind.Missed => "missed",
        EvaluationErrorKind.Spurious => "spurious",
        _ => "wrong_type",
    };
}
