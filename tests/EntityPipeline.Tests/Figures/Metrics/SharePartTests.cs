using EntityPipeline.Documents;

namespace EntityPipeline.Tests.Figures.Metrics;

/// <summary>A share whose clause names only the whole (占总支出的80.6%), or nothing (占比三成), takes the part from the amount before it.</summary>
public class SharePartTests
{
    [Fact]
    public void A_share_after_an_amount_is_a_share_of_what_the_amount_measures()
    {
        Assert.Equal("民生支出占总支出", FigureTestKit.Single("全县一般公共预算支出32.4亿元，民生支出26.1亿元，占总支出的80.6%。", "80.6%").Metric);
        Assert.Equal("研发人员占员工总数", FigureTestKit.Single("公司研发人员8120人，占员工总数的37%。", "37%").Metric);
    }

    [Fact]
    public void A_bare_share_after_an_amount_is_that_amounts_share()
    {
        Assert.Equal("非税收入占比", FigureTestKit.Single("全县财政收入18亿元，其中非税收入5.4亿元，占比三成。", "三成").Metric);
        // 占 alone too, right after the part's amount.
        Assert.Equal("网购家电占比", FigureTestKit.Single("全县售出家电12万台，其中网购家电4.2万台，占35%。", "35%").Metric);
        // Not after another clause's amount: the part of 占 is unnamed there.
        Assert.Equal("占比", FigureTestKit.Single("全县新入职教师平均年龄31岁，30岁以下的占62%。", "62%").Metric);
    }

    [Fact]
    public void A_shares_change_against_a_base_is_the_shares() =>
        Assert.Equal("网购家电占比比去年提高", FigureTestKit.Single("今年全县售出家电12万台，其中网购家电占35%，比去年提高5个百分点。", "5个百分点").Metric);

    [Fact]
    public void A_share_that_names_its_part_keeps_it()
    {
        Assert.Equal("研发投入占营业收入", FigureTestKit.Single("公司研发投入12.7亿元，研发投入占营业收入的14.7%。", "14.7%").Metric);
    }

    [Fact]
    public void A_verb_before_the_amount_names_no_part()
    {
        var figures = FigureTestKit.WithTags("公司派发红利约1.2亿元，占当年净利润的38%。",
            ("公司", "n"), ("派发", "v"), ("红利", "n"), ("约", "d"), ("1.2", "m"), ("亿元", "m"), ("，", "x"), ("占", "v"), ("当年", "t"),
            ("净利润", "n"), ("的", "uj"), ("38%", "m"), ("。", "x"));
        Assert.Equal("占当年净利润", figures.Single(f => f.Kind == FigureKind.PERCENT).Metric);
    }

    [Fact]
    public void A_change_after_the_share_is_not_of_the_share()
    {
        var rise = FigureTestKit.Single("当地华人企业6478家，占全市企业总数的近两成，比五年前增加约15%。", "约15%");
        Assert.DoesNotContain("占", rise.Metric);
    }
}
