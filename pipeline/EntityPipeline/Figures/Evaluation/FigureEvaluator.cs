using System.Globalization;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// Scores predicted figures against gold ones. A prediction matches the gold figure it overlaps most
/// (each used once). On matches: value (numerically equal, or the same date string), unit, kind and
/// qualifier must be equal; metric, subject and period are right when both are empty or when one
/// contains the other (the gold and predicted phrases differ in how much context they take); their exact agreement is
/// counted beside, since containment also takes a phrase cut short.
/// </summary>
public static class FigureEvaluator
{
    public static readonly string[] FieldNames = ["value", "unit", "kind", "qualifier", "metric", "subject", "period"];

    private static readonly string[] PhraseFields = ["metric", "subject", "period"];

    /// <summary>Scores documents: each gold list (UTF-16 offsets) with the figures predicted for the same text.</summary>
    public static FigureScores Score(IEnumerable<(string DocId, string Text, IReadOnlyList<GoldFigure> Gold, IReadOnlyList<Figure> Predicted)> documents)
    {
        int gold = 0, predicted = 0, matched = 0;
        var correct = new int[FieldNames.Length];
        var exact = new int[FieldNames.Length];
        var errors = new List<string>();
        foreach (var (docId, text, goldFigures, predictedFigures) in documents)
        {
            gold += goldFigures.Count;
            predicted += predictedFigures.Count;
            var used = new bool[predictedFigures.Count];
            foreach (var g in goldFigures.OrderBy(g => g.Start))
            {
                int best = -1, bestOverlap = 0;
                for (int p = 0; p < predictedFigures.Count; p++)
                {
                    if (used[p]) continue;
                    int overlap = Math.Min(g.End, predictedFigures[p].End) - Math.Max(g.Start, predictedFigures[p].Start);
                    if (overlap > bestOverlap) { best = p; bestOverlap = overlap; }
                }
                if (best < 0)
                {
                    errors.Add($"{docId}\t{g.Start}\t{g.End}\tmissed\t{g.Text}\t{g.Kind} {g.Value} {g.Unit}");
                    continue;
                }
                used[best] = true;
                matched++;
                var f = predictedFigures[best];
                var got = Fields(f);
                var want = new[] { g.Value, g.Unit, g.Kind, g.Qualifier, g.Metric, g.Subject, g.Period };
                for (int i = 0; i < FieldNames.Length; i++)
                {
                    string problem = FieldNames[i];
                    bool same = string.Equals(want[i], got[i], StringComparison.Ordinal);
                    if (same) exact[i]++;
                    if (Agrees(problem, want[i], got[i]))
                    {
                        correct[i]++;
                        if (same || !PhraseFields.Contains(problem)) continue;
                        problem += " wording";   // right by containment, worded otherwise
                    }
                    errors.Add($"{docId}\t{g.Start}\t{g.End}\t{problem}\t{g.Text}\tgold '{want[i]}'\tgot '{got[i]}' ({text[f.Start..f.End]})");
                }
            }
            for (int p = 0; p < predictedFigures.Count; p++)
                if (!used[p])
                {
                    var f = predictedFigures[p];
                    errors.Add($"{docId}\t{f.Start}\t{f.End}\tfalse alarm\t{text[f.Start..f.End]}\t{f.Kind} {f.Value} {f.Unit}");
                }
        }
        var fields = FieldNames.Select((name, i) => new FieldScore(name, correct[i], matched, PhraseFields.Contains(name) ? exact[i] : null)).ToList();
        return new FigureScores(gold, predicted, matched, fields, errors);
    }

    private static string[] Fields(Figure f) =>
        [f.Value, f.Unit, f.Kind.ToString(), f.Qualifier.ToString().ToLowerInvariant(), f.Metric, f.Subject, f.Period];

    private static bool Agrees(string field, string gold, string predicted)
    {
        switch (field)
        {
            case "value":
                if (decimal.TryParse(gold, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
                    && decimal.TryParse(predicted, NumberStyles.Number, CultureInfo.InvariantCulture, out var b))
                    return a == b;
                return string.Equals(gold, predicted, StringComparison.Ordinal);
            case "kind":
            case "qualifier":
                return string.Equals(gold, predicted, StringComparison.OrdinalIgnoreCase);
            case var phrase when PhraseFields.Contains(phrase):
                if (gold.Length == 0 || predicted.Length == 0) return gold.Length == predicted.Length;
                return gold.Contains(predicted, StringComparison.Ordinal) || predicted.Contains(gold, StringComparison.Ordinal);
            default:
                return string.Equals(gold, predicted, StringComparison.Ordinal);
        }
    }
}
