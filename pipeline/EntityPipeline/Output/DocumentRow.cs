using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>One row of documents.csv. Column names and order are the contract of DESIGN.md.</summary>
[CsvRecord]
public sealed partial record DocumentRow(
    [property: CsvColumn("doc_id", Index = 0)] string DocId,
    [property: CsvColumn("path", Index = 1)] string Path,
    [property: CsvColumn("encoding", Index = 2)] string Encoding,
    [property: CsvColumn("chars", Index = 3)] int Chars,
    [property: CsvColumn("sentences", Index = 4)] int Sentences,
    [property: CsvColumn("entities", Index = 5)] int Entities,
    [property: CsvColumn("figures", Index = 6)] int Figures,
    [property: CsvColumn("status", Index = 7)] string Status,
    [property: CsvColumn("error", Index = 8)] string Error,
    [property: CsvColumn("date", Index = 9)] string Date,
    [property: CsvColumn("date_source", Index = 10)] string DateSource)
{
    /// <summary>The row as documents.csv holds it: text from the input escaped (<see cref="TableFormat.Text"/>).</summary>
    public DocumentRow ForCsv() => this with { DocId = TableFormat.Text(DocId), Path = TableFormat.Text(Path), Error = TableFormat.Text(Error) };
}
