namespace EntityPipeline.Tests.Figures.Metrics;

/// <summary>An adverb the segmenter makes a word of its own names no part of what is measured (景区共接待游客 → 景区接待游客).</summary>
public class MetricAdverbTests
{
    [Theory]
    [InlineData("去年 全县 法院 共 审结 案件 3200 件 。", "3200件", "法院审结案件")]
    [InlineData("今年 全省 高校 共 招收 新生 12.5万 人 。", "12.5万人", "高校招收新生")]
    [InlineData("今年 以来 ， 全市 企业 也 增加 研发 投入 8.6亿 元 。", "8.6亿元", "企业增加研发投入")]
    public void A_total_or_an_adverb_inside_a_metric_is_left_out(string words, string span, string metric)
    {
        var tagged = words.Split(' ').Select(w => (w, w is "共" or "也" ? "d" : "n")).ToArray();
        string text = string.Concat(tagged.Select(t => t.w));
        Assert.Equal(metric, FigureTestKit.WithTags(text, tagged).Single(f => text[f.Start..f.End] == span).Metric);
    }
}
