using CsvHelper;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// A row of entities.csv with the review sheet's <c>reviewed</c> column after the contract's columns: how a user who checked
/// only some sentences of a run hands them to <c>train</c> (<see cref="CorrectionsReader"/>), as the harness writes it.
/// </summary>
[CsvRecord]
internal sealed partial record ReviewedEntityRow(
    [property: CsvColumn("doc_id", Index = 0)] string DocId,
    [property: CsvColumn("sentence_id", Index = 1)] int SentenceId,
    [property: CsvColumn("start", Index = 2)] int Start,
    [property: CsvColumn("end", Index = 3)] int End,
    [property: CsvColumn("text", Index = 4)] string Text,
    [property: CsvColumn("type", Index = 5)] string Type,
    [property: CsvColumn("normalized", Index = 6)] string Normalized,
    [property: CsvColumn("source", Index = 7)] string Source,
    [property: CsvColumn("confidence", Index = 8)] string Confidence,
    [property: CsvColumn(ReviewColumns.Reviewed, Index = 9)] string Reviewed)
{
    public static ReviewedEntityRow Of(EntityRow row, bool reviewed) =>
        new(row.DocId, row.SentenceId, row.Start, row.End, row.Text, row.Type, row.Normalized, row.Source, row.Confidence, reviewed ? "yes" : "");
}
