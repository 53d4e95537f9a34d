namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// How many matched figures got one field right. For the phrase fields (metric, subject, period), which are right when one
/// phrase contains the other, <see cref="Exact"/> counts those written exactly as the gold writes them; null for the others.
/// </summary>
public sealed record FieldScore(string Field, int Correct, int Total, int? Exact = null)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public double? ExactAccuracy => Exact is { } exact ? (Total == 0 ? 0 : (double)exact / Total) : null;
}
