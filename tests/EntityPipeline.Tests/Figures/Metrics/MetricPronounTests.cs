namespace EntityPipeline.Tests.Figures.Metrics;

/// <summary>A pronoun that opens what is measured says whose it is, not what (他们投资近万元 → 投资): no gold metric opens with one.</summary>
public class MetricPronounTests
{
    [Theory]
    [InlineData("去年 他们 投资 近万 元 。", "近万元", "投资")]
    [InlineData("去年 她 投入 28万 元 。", "28万元", "投入")]
    public void A_pronoun_opening_a_metric_is_left_out(string words, string span, string metric)
    {
        var tagged = words.Split(' ').Select(w => (w, w is "他们" or "她" ? "r" : "n")).ToArray();
        string text = string.Concat(tagged.Select(t => t.w));
        Assert.Equal(metric, FigureTestKit.WithTags(text, tagged).Single(f => text[f.Start..f.End] == span).Metric);
    }
}
