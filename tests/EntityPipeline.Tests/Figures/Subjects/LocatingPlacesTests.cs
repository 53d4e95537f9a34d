using EntityPipeline.Documents;
using EntityPipeline.Figures.Subjects;
using static EntityPipeline.Tests.Figures.FigureTestKit;

namespace EntityPipeline.Tests.Figures.Subjects;

/// <summary>A place that locates a later name, or names a stock market, is not what a figure is about (<see cref="LocatingPlaces"/>).</summary>
public sealed class LocatingPlacesTests
{
    [Fact]
    public void A_place_after_zai_that_locates_a_later_name_is_not_the_subject()
    {
        const string text = "在东山脚下的金穗农场，1200头奶牛正在进食。农场占地约900亩。";
        var figures = Attached(text, ("东山", EntityType.LOC), ("金穗农场", EntityType.ORG));
        Assert.Equal("金穗农场", figures.Single(f => f.Unit == "头").Subject);
        const string listed = "在深圳上市的车企启航汽车今日公告，10月交付新车5200辆。";
        Assert.Equal("启航汽车", Attached(listed, ("深圳", EntityType.LOC), ("启航汽车", EntityType.ORG)).Single(f => f.Unit == "辆").Subject);
        const string located = "位于东山以北海域的金帆一号海上风电场昨日并网，共安装风机30台。";
        Assert.Equal("金帆一号海上风电场", Attached(located, ("东山", EntityType.LOC), ("金帆一号海上风电场", EntityType.LOC)).Single(f => f.Unit == "台").Subject);
        const string opening = "皖西山区的竹溪村去年接待游客3万人次。";
        Assert.Equal("竹溪村", Attached(opening, ("皖西", EntityType.LOC), ("竹溪村", EntityType.LOC)).Single().Subject);
        // Without a name after it, the place still opens its sentence as the subject.
        Assert.Equal("东山", Attached("在东山，1200头奶牛正在进食。", ("东山", EntityType.LOC)).Single().Subject);
    }

    [Fact]
    public void A_one_character_place_that_names_a_stock_market_is_not_the_subject()
    {
        const string text = "港股上市公司澜迅智运昨日公布业绩，期内收益约12.5亿港元。";
        Assert.Equal("澜迅智运", Attached(text, ("港", EntityType.LOC), ("澜迅智运", EntityType.ORG)).Single(f => f.Unit == "港元").Subject);
    }

    [Fact]
    public void A_market_named_before_a_word_for_the_whole_city_names_no_city()
    {
        // DivisionReferences: 全市 after a named market is the whole city, not 城西农贸市 cut from the market.
        const string text = "记者走进城西农贸市场，菠菜每斤3.5元。全市蔬菜均价每斤3.1元。";
        Assert.Equal("全市", Attached(text, ("城西农贸市场", EntityType.LOC)).Single(f => f.Value == "3.1").Subject);
    }
}
