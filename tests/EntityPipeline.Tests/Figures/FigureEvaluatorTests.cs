using EntityPipeline.Documents;
using EntityPipeline.Figures.Evaluation;

namespace EntityPipeline.Tests.Figures;

public sealed class FigureEvaluatorTests
{
    private static GoldFigure Gold(int start, int end, string value, string unit, string metric = "", string subject = "", string period = "") =>
        new("a.txt", start, end, "LENGTH", "", value, "", unit, "exact", metric, subject, period);

    private static Figure Predicted(int start, int end, string value, string unit, string metric = "", string subject = "", string period = "") =>
        new(start, end, FigureKind.LENGTH, value, "", unit, Qualifier.Exact, metric, subject, period);

    [Fact]
    public void Matches_by_overlap_and_scores_fields_with_containment_either_way()
    {
        // Given two gold figures, one found with a wider span, one missed, and one false alarm
        var gold = new List<GoldFigure>
        {
            Gold(2, 8, "16700", "公里", metric: "高速公路网里程", subject: "长三角", period: "2022年"),
            Gold(20, 24, "5", "公里"),
        };
        var predicted = new List<Figure>
        {
            Predicted(1, 8, "16700.0", "公里", metric: "高速公路网", subject: "长三角地区", period: ""),
            Predicted(30, 33, "7", "个"),
        };

        // When
        var scores = FigureEvaluator.Score([("a.txt", new string('x', 40), gold, predicted)]);

        // Then
        Assert.Equal((2, 2, 1), (scores.Gold, scores.Predicted, scores.Matched));
        Assert.Equal(0.5, scores.Precision);
        Assert.Equal(0.5, scores.Recall);
        Assert.Equal(1, scores.Field("value").Correct);     // numerically equal
        Assert.Equal(1, scores.Field("metric").Correct);    // the prediction is inside the gold phrase
        Assert.Equal(1, scores.Field("subject").Correct);   // the gold phrase is inside the prediction
        Assert.Equal(0, scores.Field("period").Correct);    // an empty prediction does not match a stated period
        Assert.Contains(scores.Errors, e => e.Contains("missed"));
        Assert.Contains(scores.Errors, e => e.Contains("false alarm"));
    }

    [Fact]
    public void Counts_the_phrases_written_exactly_as_the_gold_beside_those_contained()
    {
        // Given two matched figures: one metric cut short, one the gold's own; both subjects the gold's
        var gold = new List<GoldFigure>
        {
            Gold(2, 8, "16700", "公里", metric: "高速公路网里程", subject: "长三角"),
            Gold(20, 24, "5", "公里", metric: "隧道长度", subject: "长三角"),
        };
        var predicted = new List<Figure>
        {
            Predicted(2, 8, "16700", "公里", metric: "高速公路网", subject: "长三角"),
            Predicted(20, 24, "5", "公里", metric: "隧道长度", subject: "长三角"),
        };

        // When
        var scores = FigureEvaluator.Score([("a.txt", new string('x', 40), gold, predicted)]);

        // Then
        Assert.Equal((2, 1), (scores.Field("metric").Correct, scores.Field("metric").Exact));
        Assert.Equal(0.5, scores.Field("metric").ExactAccuracy);
        Assert.Equal((2, 2), (scores.Field("subject").Correct, scores.Field("subject").Exact));
        Assert.Null(scores.Field("value").Exact);   // scored exactly already
        Assert.Equal(["metric wording"], scores.Errors.Select(e => e.Split('\t')[3]));
    }

    [Fact]
    public void Converts_code_point_offsets_to_utf16()
    {
        const string text = "𠀀长3公里";   // one character outside the BMP first
        var gold = new GoldFigure("a.txt", 2, 5, "LENGTH", "3公里", "3", "", "公里", "exact", "", "", "");
        var converted = GoldFigureReader.ToUtf16(gold, text);
        Assert.Equal("3公里", text[converted.Start..converted.End]);
    }
}
