namespace EntityPipeline.Tests;

/// <summary>Self-written news-style text for tests that need volume.</summary>
internal static class TestText
{
    public const string Paragraph =
        "新华社杭州3月5日电 浙江省统计局5日发布数据，2024年全省地区生产总值达到8.2万亿元，同比增长5.5%。" +
        "省长王浩在杭州市召开的会议上表示，今年将新建高速公路约300公里。阿里巴巴集团和浙江大学共同设立的研究中心已投入运营。\n";

    /// <summary>About <paramref name="chars"/> characters of text, in paragraphs.</summary>
    public static string Repeat(int chars) =>
        string.Concat(Enumerable.Repeat(Paragraph, Math.Max(1, chars / Paragraph.Length)));
}
