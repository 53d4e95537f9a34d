using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>One row of entities.csv. Column names and order are the contract of DESIGN.md.</summary>
[CsvRecord]
public sealed partial record EntityRow(
    [property: CsvColumn("doc_id", Index = 0)] string DocId,
    [property: CsvColumn("sentence_id", Index = 1)] int SentenceId,
    [property: CsvColumn("start", Index = 2)] int Start,
    [property: CsvColumn("end", Index = 3)] int End,
    [property: CsvColumn("text", Index = 4)] string Text,
    [property: CsvColumn("type", Index = 5)] string Type,
    [property: CsvColumn("normalized", Index = 6)] string Normalized,
    [property: CsvColumn("source", Index = 7)] string Source,
    [property: CsvColumn("confidence", Index = 8)] string Confidence)
{
    /// <summary>The row as entities.csv holds it: text from the input escaped (<see cref="TableFormat.Text"/>).</summary>
    public EntityRow ForCsv() => this with { DocId = TableFormat.Text(DocId), Text = TableFormat.Text(Text), Normalized = TableFormat.Text(Normalized) };
}
