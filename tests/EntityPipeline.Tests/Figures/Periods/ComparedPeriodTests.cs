namespace EntityPipeline.Tests.Figures.Periods;

/// <summary>A holiday a change is compared with is its base, not when it holds (GUIDELINES F9).</summary>
public class ComparedPeriodTests
{
    [Theory]
    [InlineData("清明节假期，全市公墓接待群众46.2万人次，比去年清明节假期增加5.4万人次。", "5.4万人次", "清明节假期")]
    [InlineData("春节期间，全市客运量30万人次，较去年春节期间下降5%。", "5%", "春节期间")]
    [InlineData("全县景区接待游客12万人次，比去年国庆假期增长8%。", "8%", "")]
    public void A_holiday_after_a_comparison_is_no_period(string text, string span, string period) =>
        Assert.Equal(period, FigureTestKit.Single(text, span).Period);
}
