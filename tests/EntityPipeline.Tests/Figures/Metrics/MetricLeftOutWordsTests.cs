namespace EntityPipeline.Tests.Figures.Metrics;

/// <summary>
/// Words that name no part of what is measured are left out of a metric: an adverb the segmenter makes a word of its own
/// (景区共接待游客 → 景区接待游客), and a pronoun opening it, which says whose it is (他们投资近万元 → 投资; no gold metric opens with one).
/// </summary>
public class MetricLeftOutWordsTests
{
    [Theory]
    [InlineData("去年 全县 法院 共 审结 案件 3200 件 。", "3200件", "法院审结案件")]
    [InlineData("今年 全省 高校 共 招收 新生 12.5万 人 。", "12.5万人", "高校招收新生")]
    [InlineData("今年 以来 ， 全市 企业 也 增加 研发 投入 8.6亿 元 。", "8.6亿元", "企业增加研发投入")]
    public void A_total_or_an_adverb_inside_a_metric_is_left_out(string words, string span, string metric) =>
        Assert.Equal(metric, MetricOf(words, span, w => w is "共" or "也" ? "d" : "n"));

    [Theory]
    [InlineData("去年 他们 投资 近万 元 。", "近万元", "投资")]
    [InlineData("去年 她 投入 28万 元 。", "28万元", "投入")]
    public void A_pronoun_opening_a_metric_is_left_out(string words, string span, string metric) =>
        Assert.Equal(metric, MetricOf(words, span, w => w is "他们" or "她" ? "r" : "n"));

    /// <summary>The metric of the figure <paramref name="span"/> in the text of space-separated <paramref name="words"/>, tagged by <paramref name="pos"/>.</summary>
    private static string MetricOf(string words, string span, Func<string, string> pos)
    {
        var tagged = words.Split(' ').Select(w => (w, pos(w))).ToArray();
        string text = string.Concat(tagged.Select(t => t.w));
        return FigureTestKit.WithTags(text, tagged).Single(f => text[f.Start..f.End] == span).Metric;
    }
}
