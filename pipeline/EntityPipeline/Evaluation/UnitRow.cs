using CsvHelper;

namespace EntityPipeline.Evaluation;

/// <summary>One row of a units table (<see cref="UnitCountsTable"/>): a scored set's unit and its counts.</summary>
[CsvRecord]
public sealed partial record UnitRow(
    [property: CsvColumn("set", Index = 0)] string Set,
    [property: CsvColumn("unit", Index = 1)] int Unit,
    [property: CsvColumn("gold", Index = 2)] int Gold,
    [property: CsvColumn("predicted", Index = 3)] int Predicted,
    [property: CsvColumn("correct", Index = 4)] int Correct);
