namespace EntityPipeline.Figures.Evaluation;

/// <summary>How many matched figures got one field right.</summary>
public sealed record FieldScore(string Field, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
