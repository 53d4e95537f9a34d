using EntityPipeline.Documents;

namespace EntityPipeline.Tests.Figures.Metrics;

/// <summary>An amount whose clause names nothing but it (其中西陵区112部) measures what the amount before it in its unit does.</summary>
public class BreakdownMetricTests
{
    [Fact]
    public void A_part_named_by_its_place_alone_measures_what_the_total_does()
    {
        var figures = FigureTestKit.Attached("今年全市老旧小区加装电梯317部，其中东湖区112部。", ("东湖区", EntityType.LOC));
        Assert.Equal(["老旧小区加装电梯", "老旧小区加装电梯"], figures.Where(f => f.Unit == "部").Select(f => f.Metric));
    }

    [Fact]
    public void The_level_a_rate_rises_to_measures_what_its_start_does()
    {
        const string text = "通水前，全县农村自来水普及率为86%，目前已提高到98.2%。";
        Assert.Equal("农村自来水普及率", FigureTestKit.Single(text, "98.2%").Metric);
    }

    [Fact]
    public void A_count_followed_by_what_it_did_keeps_its_own_metric()
    {
        const string text = "有627户已摘掉贫困帽，109户年纯收入超万元。";
        Assert.NotEqual("已摘掉贫困帽", FigureTestKit.Single(text, "109户").Metric);
    }
}
