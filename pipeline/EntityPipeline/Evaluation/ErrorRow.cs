using CsvHelper;

namespace EntityPipeline.Evaluation;

/// <summary>One row of the evaluation errors CSV.</summary>
[CsvRecord]
public sealed partial record ErrorRow(
    [property: CsvColumn("doc_id", Index = 0)] string DocId,
    [property: CsvColumn("start", Index = 1)] int Start,
    [property: CsvColumn("end", Index = 2)] int End,
    [property: CsvColumn("text", Index = 3)] string Text,
    [property: CsvColumn("error", Index = 4)] string Error,
    [property: CsvColumn("gold_type", Index = 5)] string GoldType,
    [property: CsvColumn("predicted_type", Index = 6)] string PredictedType);
