using CsvHelper;

namespace EntityPipeline.Output;

/// <summary>One row of entity_summary.csv. Column names and order are the contract of DESIGN.md.</summary>
[CsvRecord]
public sealed partial record EntitySummaryRow(
    [property: CsvColumn("type", Index = 0)] string Type,
    [property: CsvColumn("normalized", Index = 1)] string Normalized,
    [property: CsvColumn("documents", Index = 2)] int Documents,
    [property: CsvColumn("mentions", Index = 3)] int Mentions)
{
    /// <summary>The row as entity_summary.csv holds it: text escaped (<see cref="TableFormat.Text"/>).</summary>
    public EntitySummaryRow ForCsv() => this with { Normalized = TableFormat.Text(Normalized) };
}
