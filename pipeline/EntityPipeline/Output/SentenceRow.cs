using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>One row of sentences.csv. Column names and order are the contract of DESIGN.md.</summary>
[CsvRecord]
public sealed partial record SentenceRow(
    [property: CsvColumn("doc_id", Index = 0)] string DocId,
    [property: CsvColumn("sentence_id", Index = 1)] int SentenceId,
    [property: CsvColumn("start", Index = 2)] int Start,
    [property: CsvColumn("end", Index = 3)] int End,
    [property: CsvColumn("text", Index = 4)] string Text)
{
    /// <summary>The row as sentences.csv holds it: text from the input escaped (<see cref="TableFormat.Text"/>).</summary>
    public SentenceRow ForCsv() => this with { DocId = TableFormat.Text(DocId), Text = TableFormat.Text(Text) };
}
