using EntityPipeline.Dates;
using EntityPipeline.Documents;
using EntityPipeline.Tests.Figures;

namespace EntityPipeline.Tests.Dates;

public sealed class DocumentDateStageTests
{
    private static readonly DocumentDateStage Undated = new();

    [Theory]
    [InlineData("江城晚报\n2024年3月15日 08:30\n\n全市今年新建学校12所。", "2024-03-15")]
    [InlineData("2023-11-02 来源：本报\n正文。", "2023-11-02")]
    [InlineData("发布时间：２０２２／１／９\n正文。", "2022-01-09")]
    public void A_date_line_near_the_top_is_the_text_s_own_date(string text, string date) =>
        Assert.Equal(new DocumentDate(date, DateSource.Text), Undated.Find(text, "a.txt"));

    [Fact]
    public void A_date_inside_a_sentence_of_the_body_is_no_publication_date()
    {
        const string text = "记者从市统计局获悉，截至2019年3月5日，全市共有各类市场主体120万户，比上年增长百分之八以上，其中新设立的企业超过两万家。";
        Assert.Equal(DocumentDate.Unknown, Undated.Find(text, "a.txt"));
        Assert.Equal(DocumentDate.Unknown, Undated.Find("标题\n\n2023年9月28日，新中心揭牌。", "a.txt"));   // a short sentence, not a date line
    }

    [Fact]
    public void A_dateline_gives_the_day_and_takes_its_year_from_the_file_name_or_the_option()
    {
        const string text = "新华社成都1月25日电（记者 王敏）今年全省引进项目120个。";
        Assert.Equal(new DocumentDate("XXXX-01-25", DateSource.Text), Undated.Find(text, "a.txt"));
        Assert.Equal(new DocumentDate("2024-01-25", DateSource.Text), Undated.Find(text, "2024-01-26_成都.txt"));
        Assert.Equal(new DocumentDate("2021-01-25", DateSource.Text), new DocumentDateStage(new DateOnly(2021, 6, 1)).Find(text, "a.txt"));
        // A dateline that states its year is the whole date.
        Assert.Equal(new DocumentDate("2025-01-14", DateSource.Text), Undated.Find("新华社北京2025年1月14日电 国家邮政局14日发布数据，全国快递业务量增长21%。", "2024-01-26_a.txt"));
        // A ship or station reported from is written in quotes.
        Assert.Equal(new DocumentDate("XXXX-04-02", DateSource.Text), Undated.Find("新华社“海鹰3”号4月2日电 考察船完成作业，航行8000海里。", "a.txt"));
        // In traditional characters too.
        Assert.Equal(new DocumentDate("XXXX-01-25", DateSource.Text), Undated.Find("新華社成都1月25日電（記者 王敏）今年全省引進項目120個。", "a.txt"));
    }

    [Theory]
    [InlineData("2024-03-15_经济.txt", "2024-03-15")]
    [InlineData("新闻/20231201-要闻.txt", "2023-12-01")]
    [InlineData("2022/05/07/a.txt", "2022-05-07")]
    public void Else_the_file_name_gives_the_date(string docId, string date) =>
        Assert.Equal(new DocumentDate(date, DateSource.Filename), Undated.Find("正文。", docId));

    [Fact]
    public void Else_the_option_and_else_none()
    {
        Assert.Equal(new DocumentDate("2020-02-29", DateSource.Option), new DocumentDateStage(new DateOnly(2020, 2, 29)).Find("正文。", "a.txt"));
        Assert.Equal(DocumentDate.Unknown, Undated.Find("正文。", "20231399.txt"));       // no such day
    }

    [Fact]
    public void This_year_resolves_from_the_document_date_before_the_years_the_text_states()
    {
        const string text = "2019年该市常住人口达100万人。今年3月，新机场开工。";
        var document = new Document("2024-03-15_a.txt", text);
        Undated.Process(document);
        new EntityPipeline.Text.SentenceStage(new EntityPipeline.Text.SentenceSplitter()).Process(document);
        new EntityPipeline.Figures.FigureStage(FigureTestKit.Resources).Process(document);
        Assert.Contains(document.Figures, f => f.Value == "2024-03");
        Assert.Equal("XXXX-03", FigureTestKit.Single(text, "今年3月").Value);          // undated: 2019 is only a past fact
    }
}
