using EntityPipeline.Documents;
using EntityPipeline.Evaluation;

namespace EntityPipeline.Tests.Evaluation;

public sealed class SpanEvaluationTests
{
    [Fact]
    public void Scores_a_hand_made_case_exactly()
    {
        // 习近平在北京会见联合国秘书长古特雷斯。
        // gold: 习近平 PER [0,3), 北京 LOC [4,6), 联合国 ORG [8,11), 古特雷斯 PER [14,18)
        // predicted: 习近平 PER (correct), 北京 ORG (wrong type), 联合国秘 ORG (boundary: spurious + missed), 古特雷斯 PER (correct), 秘书 PER (spurious)
        const string text = "习近平在北京会见联合国秘书长古特雷斯。";
        var evaluation = new SpanEvaluation();
        evaluation.Add("doc", text,
            [(0, 3, EntityType.PER), (4, 6, EntityType.LOC), (8, 11, EntityType.ORG), (14, 18, EntityType.PER)],
            [(0, 3, EntityType.PER), (4, 6, EntityType.ORG), (8, 12, EntityType.ORG), (14, 18, EntityType.PER), (11, 13, EntityType.PER)]);
        var report = evaluation.Report();

        var per = report.PerType.Single(t => t.Type == "PER");
        Assert.Equal((2, 3, 2), (per.Gold, per.Predicted, per.Correct));
        Assert.Equal(2.0 / 3, per.Precision, 6);
        Assert.Equal(1.0, per.Recall, 6);
        Assert.Equal(0.8, per.F1, 6);
        var org = report.PerType.Single(t => t.Type == "ORG");
        Assert.Equal((1, 2, 0, 0.0), (org.Gold, org.Predicted, org.Correct, org.F1));
        // micro: 4 gold, 5 predicted, 2 correct: P 0.4, R 0.5, F1 4/9
        Assert.Equal((4, 5, 2), (report.Micro.Gold, report.Micro.Predicted, report.Micro.Correct));
        Assert.Equal(4.0 / 9, report.Micro.F1, 6);

        var kinds = evaluation.Errors.Select(e => (e.Kind, e.Text)).OrderBy(e => e.Text, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { (EvaluationErrorKind.Spurious, "秘书"), (EvaluationErrorKind.Missed, "联合国"), (EvaluationErrorKind.Spurious, "联合国秘"), (EvaluationErrorKind.WrongType, "北京") }
                .OrderBy(e => e.Item2, StringComparer.Ordinal),
            kinds);
    }

    [Fact]
    public void Mentions_with_a_latin_letter_are_also_scored_apart()
    {
        // 据Reuters报道，Ｔｅｓｌａ的Elon Musk在柏林。 gold: Reuters ORG, Ｔｅｓｌａ ORG (full-width), Elon Musk PER, 柏林 LOC
        const string text = "据Reuters报道，Ｔｅｓｌａ的Elon Musk在柏林。";
        var evaluation = new SpanEvaluation();
        evaluation.Add("doc", text,
            [(1, 8, EntityType.ORG), (11, 16, EntityType.ORG), (17, 26, EntityType.PER), (27, 29, EntityType.LOC)],
            // Reuters right, Ｔｅｓｌａ typed PER, Elon alone, 柏林 right
            [(1, 8, EntityType.ORG), (11, 16, EntityType.PER), (17, 21, EntityType.PER), (27, 29, EntityType.LOC)]);

        evaluation.Add("doc2", "他在北京。", [(2, 4, EntityType.LOC)], [(2, 4, EntityType.LOC)]);

        var latin = evaluation.Report().Latin;

        Assert.Equal(("latin", 3, 3, 1), (latin.Type, latin.Gold, latin.Predicted, latin.Correct));
        Assert.Equal((5, 3), (evaluation.Report().Micro.Gold, evaluation.Report().Micro.Correct));
        // Per sampling unit too, for evaluate --compare's paired interval of the latin row: the second text holds none
        Assert.Equal([new UnitCounts(3, 3, 1), new UnitCounts(0, 0, 0)], evaluation.LatinUnits);
    }

    [Fact]
    public void No_predictions_and_no_gold_gives_zero_without_dividing_by_zero()
    {
        var evaluation = new SpanEvaluation();
        evaluation.Add("empty", "没有实体。", [], []);
        Assert.Equal(0.0, evaluation.Report().Micro.F1);
    }

    [Fact]
    public void Counts_go_to_the_sampling_unit_each_span_starts_in()
    {
        // Two sentences of one document as two units (unitStarts 0 and 6), then a corpus document of two texts (sameUnit).
        const string text = "习近平讲话。北京很美。";
        var evaluation = new SpanEvaluation();
        evaluation.Add("doc", text, [(0, 3, EntityType.PER), (6, 8, EntityType.LOC)], [(0, 3, EntityType.PER), (6, 8, EntityType.ORG)], unitStarts: [0, 6]);
        evaluation.StartUnit();
        evaluation.Add("s1", "北京很美。", [(0, 2, EntityType.LOC)], [(0, 2, EntityType.LOC)], sameUnit: true);
        evaluation.Add("s2", "上海也美。", [(0, 2, EntityType.LOC)], [], sameUnit: true);
        Assert.Equal([new UnitCounts(1, 1, 1), new UnitCounts(1, 1, 0), new UnitCounts(2, 1, 1)], evaluation.Units);
        // Without either, each text scored is a unit of its own.
        evaluation.Add("s3", "没有实体。", [], []);
        Assert.Equal(4, evaluation.Units.Count);
    }
}
