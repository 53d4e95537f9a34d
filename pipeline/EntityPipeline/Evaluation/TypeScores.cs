namespace EntityPipeline.Evaluation;

/// <summary>Counts and exact-match precision, recall and F1 of one entity type (or of all: "micro").</summary>
public sealed record TypeScores(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
