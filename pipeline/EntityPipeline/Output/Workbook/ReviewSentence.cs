using System.Globalization;

namespace EntityPipeline.Output.Workbook;

/// <summary>A sentence offered for review with all its mentions (rows of entities.csv), and the confidence of the least sure one.</summary>
internal sealed record ReviewSentence(string DocId, int SentenceId, int Start, string Text, IReadOnlyList<EntityRow> Mentions)
{
    public double LeastConfidence { get; } = Mentions.Min(ConfidenceOf);

    /// <summary>A row's confidence as a number (a row without one counts as sure).</summary>
    public static double ConfidenceOf(EntityRow row) =>
        double.TryParse(row.Confidence, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 1;
}
