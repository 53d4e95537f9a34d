namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// The result of scoring predicted figures against gold: detection by span overlap (one-to-one) and,
/// on matched pairs, the accuracy of each field. <see cref="Errors"/> lists every miss, false alarm and
/// wrong field, one line each, for the --errors file.
/// </summary>
public sealed record FigureScores(int Gold, int Predicted, int Matched, IReadOnlyList<FieldScore> Fields, IReadOnlyList<string> Errors)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public FieldScore Field(string name) => Fields.First(f => f.Field == name);
}
