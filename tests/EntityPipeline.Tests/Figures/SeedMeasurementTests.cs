using EntityPipeline.Figures.Evaluation;

namespace EntityPipeline.Tests.Figures;

/// <summary>
/// The issue 4 targets, measured on the shared seed gold (../shared/gold/seed/figures.tsv against
/// ../shared/samples) through the pipeline `run` builds (the shipped model's mentions give the subjects).
/// Skipped on a fresh clone without ../shared.
/// </summary>
public sealed class SeedMeasurementTests
{
    [SkippableFact]
    public void Meets_the_targets_on_the_seed_gold()
    {
        var gold = SharedData.Require("gold/seed/figures.tsv");
        var samples = SharedData.Require("samples");

        var result = FigureEvaluation.Run(ShippedPipeline.Value, gold, samples);
        var s = result.Scores;

        Assert.True(s.F1 >= 0.92, $"detection F1 {s.F1:0.000}");
        Assert.True(s.Field("value").Accuracy >= 0.97, $"value accuracy {s.Field("value").Accuracy:0.000}");
        Assert.True(s.Field("unit").Accuracy >= 0.95, $"unit accuracy {s.Field("unit").Accuracy:0.000}");
        foreach (var field in new[] { "metric", "subject", "period" })
            Assert.True(s.Field(field).Accuracy >= 0.75, $"{field} accuracy {s.Field(field).Accuracy:0.000}");
    }
}
