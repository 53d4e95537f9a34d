using CsvHelper;
using EntityPipeline.Documents;
using EntityPipeline.Entities;

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
    /// <summary>The row of <paramref name="mention"/>, a mention of <paramref name="document"/> (doc_id <paramref name="docId"/>), as the run tags it.</summary>
    public static EntityRow Of(string docId, Document document, Mention mention)
    {
        var text = document.Slice(mention.Start, mention.End);
        return new EntityRow(docId, document.SentenceAt(mention.Start), mention.Start, mention.End, text, mention.Type.ToString(),
            EntityNormalizer.Normalize(text), mention.Source.ToString().ToLowerInvariant(), TableFormat.Confidence(mention.Confidence));
    }

    /// <summary>The row as entities.csv holds it: text from the input escaped (<see cref="TableFormat.Text"/>).</summary>
    public EntityRow ForCsv() => this with { DocId = TableFormat.Text(DocId), Text = TableFormat.Text(Text), Normalized = TableFormat.Text(Normalized) };
}
