using System.Globalization;
using EntityPipeline.Evaluation;
using EntityPipeline.Figures.Evaluation;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Evaluation;

/// <summary>
/// An evaluation score is what a user gets from `run`: taking the tables `run` wrote for samples/ as the gold,
/// the evaluations (which run the pipeline `run` builds) agree with them on every mention and every figure field.
/// </summary>
public sealed class EvaluationMatchesRunTests
{
    private static readonly string Samples = SamplesRun.Samples;

    [Fact]
    public void Evaluations_score_runs_own_tables_as_perfect()
    {
        using var output = new TempFolder();
        var entities = CsvTable.Read(SamplesRun.File(TableNames.Entities));
        var figures = CsvTable.Read(SamplesRun.File(TableNames.Figures));
        Assert.NotEmpty(entities.Rows);
        Assert.NotEmpty(figures.Rows);

        var entityGold = output.File("entities.tsv");
        WriteGold(entityGold, entities, ["doc_id", "start", "end", "type", "text"]);
        var (evaluation, _, _, _) = GoldEvaluator.Evaluate(ShippedPipeline.Value, entityGold, Samples);
        Assert.Equal((entities.Rows.Count, 1.0), (evaluation.Report().Micro.Gold, evaluation.Report().Micro.F1));

        // Subjects come from the tagger's mentions in run: an evaluation that wired its own stages without them would miss some.
        var figureGold = output.File("figures.tsv");
        WriteGold(figureGold, figures, ["doc_id", "start", "end", "kind", "text", "value", "unit", "qualifier", "metric", "subject", "period", "value_max"]);
        var scores = FigureEvaluation.Run(ShippedPipeline.Value, figureGold, Samples).Scores;
        Assert.Equal((figures.Rows.Count, figures.Rows.Count), (scores.Gold, scores.Matched));
        Assert.All(scores.Fields, f => Assert.True(f.Correct == f.Total, $"{f.Field}: {f.Correct}/{f.Total}"));
    }

    /// <summary>A gold TSV of <paramref name="columns"/> of a run's table, its offsets turned into code points as gold tables count them.</summary>
    private static void WriteGold(string path, CsvTable table, string[] columns)
    {
        var texts = new Dictionary<string, string>();
        var lines = new List<string> { string.Join('\t', columns) };
        foreach (var row in table.Rows)
        {
            var docId = row.Get(table.IndexOf("doc_id"));
            if (!texts.TryGetValue(docId, out var text))
                texts[docId] = text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(Samples, docId))).Text;
            lines.Add(string.Join('\t', columns.Select(c => c is "start" or "end"
                ? CodePoints(text, int.Parse(row.Get(table.IndexOf(c)), CultureInfo.InvariantCulture))
                : row.Fields[table.IndexOf(c)])));
        }
        File.WriteAllLines(path, lines);
    }

    private static string CodePoints(string text, int utf16) =>
        text[..utf16].EnumerateRunes().Count().ToString(CultureInfo.InvariantCulture);
}
