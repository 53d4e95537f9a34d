using EntityPipeline.Documents;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Processing;

/// <summary>
/// Text no article is made of, but that pasted, scraped or half-edited text holds (an empty quotation, numerals and time words
/// run together), and real text of other kinds, goes through the shipped pipeline whole: every mention and figure lies inside
/// the text. The lines given here once failed their document (found by running generated text through `run`, sessions 37 and 38).
/// </summary>
public sealed class OddTextTests
{
    [Theory]
    [InlineData("他说了一句“”就走了。")]                          // an empty quotation
    [InlineData("末届“”比”℃8逾上月月十下午，负凌晨。")]
    [InlineData("今年3月下旬，钢价回落。")]                       // a third of a month in a year not known
    [InlineData("两:-零下5亿元下旬℃学年H“”“余亿至今星期凌晨小时赛季二到比63五初号。")]
    [InlineData("84458亿3亿1亿")]                                  // a mixed chain past decimal's range (session 38)
    public void Goes_through_the_pipeline_with_every_span_inside_the_text(string text) => AssertSpansInside(text);

    /// <summary>Pieces the label rules and the figure scanners look at: quotes, brackets, numerals, units, time words, bodies' words.</summary>
    private static readonly string[] Pieces =
    [
        "“", "”", "《", "》", "（", "）", "(", ")", "【", "】", "、", "，", "。", "：", "·", "—", "-", "/", "%", " ", "\u3000",
        "0", "7", "12", "2025", "一", "两", "三", "十", "百", "千", "万", "亿", "半", "零", "年", "月", "日", "号", "时", "点", "分",
        "上旬", "下旬", "季度", "今年", "去年", "上月", "星期", "凌晨", "下午", "赛季", "届", "约", "近", "逾", "余", "多", "把", "每",
        "以上", "以下", "至", "元", "吨", "公里", "倍", "成", "折", "门", "人", "个", "北京", "上海市", "公司", "集团", "大学", "书店",
        "委员会", "部", "局", "和", "与", "及", "等品牌", "国网", "新华社", "记者", "张明", "说", "在", "的", "Tesla", "A", "Q1",
    ];

    [Fact]
    public void Generated_runs_of_those_pieces_go_through_whole()
    {
        // A fixed seed: the same 400 lines every run, each one document.
        var random = new Random(37);
        for (int line = 0; line < 400; line++)
            AssertSpansInside(string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)])));
    }

    /// <summary>
    /// Real text of other kinds than news: every dev sentence of Weibo (messages, handles, emoji), Resume and CLUENER, in
    /// documents of 40 sentences as `run` would read them. Skipped without ../shared.
    /// </summary>
    [SkippableTheory]
    [InlineData("corpora/weibo_ner/weiboNER_2nd_conll.dev")]
    [InlineData("corpora/resume_ner/dev.char.bmes")]
    [InlineData("corpora/cluener2020/dev.json")]
    public void The_dev_text_of_other_corpora_goes_through_whole(string relative)
    {
        var sentences = CorpusFile.Detect(SharedData.Require(relative)).Read().ToList();
        foreach (var document in CorpusDocuments.Group(sentences, 40))
            AssertSpansInside(CorpusDocuments.Text(document));
    }

    private static void AssertSpansInside(string text)
    {
        var document = new Document("odd.txt", text);
        ShippedPipeline.Value.Process(document);
        Assert.All(document.Mentions, m => Assert.True(0 <= m.Start && m.Start < m.End && m.End <= text.Length, text));
        Assert.All(document.Figures, f => Assert.True(0 <= f.Start && f.Start < f.End && f.End <= text.Length, text));
    }
}
