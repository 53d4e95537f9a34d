using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>One row of figures.csv. Column names and order are the contract of DESIGN.md.</summary>
[CsvRecord]
public sealed partial record FigureRow(
    [property: CsvColumn("doc_id", Index = 0)] string DocId,
    [property: CsvColumn("sentence_id", Index = 1)] int SentenceId,
    [property: CsvColumn("start", Index = 2)] int Start,
    [property: CsvColumn("end", Index = 3)] int End,
    [property: CsvColumn("text", Index = 4)] string Text,
    [property: CsvColumn("kind", Index = 5)] string Kind,
    [property: CsvColumn("value", Index = 6)] string Value,
    [property: CsvColumn("unit", Index = 7)] string Unit,
    [property: CsvColumn("qualifier", Index = 8)] string Qualifier,
    [property: CsvColumn("metric", Index = 9)] string Metric,
    [property: CsvColumn("subject", Index = 10)] string Subject,
    [property: CsvColumn("period", Index = 11)] string Period,
    [property: CsvColumn("value_max", Index = 12)] string ValueMax)
{
    /// <summary>The row as figures.csv holds it: text escaped, computed cells escaped unless numbers (<see cref="TableFormat"/>).</summary>
    public FigureRow ForCsv() => this with
    {
        DocId = TableFormat.Text(DocId), Text = TableFormat.Text(Text), Value = TableFormat.Computed(Value), Unit = TableFormat.Computed(Unit),
        Metric = TableFormat.Text(Metric), Subject = TableFormat.Text(Subject), Period = TableFormat.Text(Period), ValueMax = TableFormat.Computed(ValueMax),
    };
}
