namespace EntityPipeline.Tests.Figures.Metrics;

/// <summary>
/// Words that name no part of what is measured are left out of a metric: an adverb the segmenter makes a word of its own
/// (景区共接待游客 → 景区接待游客), and a pronoun opening it, which says whose it is (他们投资近万元 → 投资; no gold metric opens with one);
/// but not the tail of a word that ends as a trailing word does (失业率平均为 keeps 平均).
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

    // The rule, the usual or a peak before an amount is the qualifier's (室温不得低于…, 月薪一般在…, 满载率一度超过…); 中 after
    // a counted noun is "among them".
    [Theory]
    [InlineData("居民 室温 不得 低于 18℃ 。", "18℃", "居民室温")]
    [InlineData("护工 月薪 一般 在 9000元 左右 。", "9000元", "护工月薪")]
    [InlineData("地铁 满载率 一度 超过 85% 。", "85%", "地铁满载率")]
    [InlineData("全县 45家 茶叶 企业 中 ， 有 12家 出口 。", "45家", "茶叶企业")]
    public void A_rule_usual_or_peak_word_before_an_amount_is_left_out(string words, string span, string metric) =>
        Assert.Equal(metric, MetricOf(words, span, w => w is "不得" or "一般" or "一度" ? "d" : w is "中" ? "f" : "n"));

    // What opens a clause before its measure: a conjunction, an estimate, a span up to now, the locality or month already named.
    [Theory]
    [InlineData("夜市 还 将 新增 摊位 60个 ， 并 增设 停车位 300个 。", "300个", "增设停车位")]
    [InlineData("预计 今年 菇农 户均 增收 2.6万元 。", "2.6万元", "菇农户均增收")]
    [InlineData("今年 以来 全市 共 受理 消费 投诉 1.2万件 。", "1.2万件", "受理消费投诉")]
    [InlineData("法院 判处 其 有期徒刑 3年 ， 并 处罚 金 8万元 。", "8万元", "罚金")]
    [InlineData("当地 已 培育 电商 主播 380名 。", "380名", "培育电商主播")]
    public void A_conjunction_estimate_or_frame_opening_a_metric_is_left_out(string words, string span, string metric) =>
        Assert.Equal(metric, MetricOf(words, span, w => w is "并" ? "c" : w is "预计" or "增设" or "受理" or "培育" ? "v" : "n"));

    // A word whose tail is a trailing word's characters keeps it (平均为 → 平均, 最高达 → 最高, 行为), in a change's metric too.
    [Theory]
    [InlineData("今年 全区 城镇 登记 失业率 平均 为 4.6% 。", "4.6%", "城镇登记失业率平均")]
    [InlineData("单日 客流 最高 达 5.2万 人次 。", "5.2万人次", "单日客流最高")]
    [InlineData("全年 查处 超载 违法行为 860 起 ， 同比 下降 9.5% 。", "860起", "查处超载违法行为")]
    [InlineData("全年 查处 超载 违法行为 860 起 ， 同比 下降 9.5% 。", "9.5%", "查处超载违法行为同比下降")]
    public void A_word_ending_like_a_trailing_word_keeps_its_tail(string words, string span, string metric) =>
        Assert.Equal(metric, MetricOf(words, span, w => w is "为" or "达" ? "v" : "n"));

    // A yield or saving stated with the modal 可 is measured without it (每亩可增收 → 每亩增收), a capacity keeps it (可容纳).
    [Theory]
    [InlineData("新 品种 推广 后 ， 果农 每亩 可 增收 1800元 。", "1800元", "果农每亩增收")]
    [InlineData("改造 后 ， 每年 可 为 湿地 补水 300万 立方米 。", "300万立方米", "每年为湿地补水")]
    [InlineData("改建 后 ， 看台 可 容纳 观众 1.2万 人 。", "1.2万人", "看台可容纳观众")]
    [InlineData("审批 周期 可 由 12天 缩短 至 5天 。", "12天", "审批周期")]
    public void The_modal_of_a_yield_is_left_out_and_a_capacitys_kept(string words, string span, string metric) =>
        Assert.Equal(metric, MetricOf(words, span, w => w is "可" ? "v" : w is "增收" or "为" or "容纳" or "缩短" ? "v" : "n"));

    /// <summary>The metric of the figure <paramref name="span"/> in the text of space-separated <paramref name="words"/>, tagged by <paramref name="pos"/>.</summary>
    private static string MetricOf(string words, string span, Func<string, string> pos)
    {
        var tagged = words.Split(' ').Select(w => (w, pos(w))).ToArray();
        string text = string.Concat(tagged.Select(t => t.w));
        return FigureTestKit.WithTags(text, tagged).Single(f => text[f.Start..f.End] == span).Metric;
    }
}
