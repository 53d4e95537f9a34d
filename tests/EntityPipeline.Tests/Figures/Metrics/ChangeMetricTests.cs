namespace EntityPipeline.Tests.Figures.Metrics;

/// <summary>Both levels of a change (由8元调整为9元) measure what changed, whatever verb sets the new level.</summary>
public class ChangeMetricTests
{
    [Theory]
    [InlineData("普通线路票价由1元调整为2元。", "1元", "2元")]
    [InlineData("月票价格由60元降为50元。", "60元", "50元")]
    [InlineData("起步价从8元调至9元。", "8元", "9元")]
    [InlineData("学生卡折扣由五折调整到四折。", "五折", "四折")]
    public void Both_levels_of_a_level_set_anew_measure_what_changed(string text, string from, string to)
    {
        string measured = text[..text.IndexOfAny(['由', '从'])];
        Assert.Equal(measured, FigureTestKit.Single(text, from).Metric);
        Assert.Equal(measured, FigureTestKit.Single(text, to).Metric);
    }
}
