using EntityPipeline.Documents;
using EntityPipeline.Figures.Subjects;
using static EntityPipeline.Tests.Figures.FigureTestKit;

namespace EntityPipeline.Tests.Figures.Subjects;

/// <summary>The place an office the report learns from stands for (<see cref="OfficePlaces"/>).</summary>
public sealed class OfficePlacesTests
{
    [Fact]
    public void An_office_named_through_a_chain_of_divisions_reports_on_the_innermost()
    {
        const string text = "记者25日从湖南省岳阳市君山区农业农村局获悉，今年全区种植水稻12.6万亩。\n稻谷收购价为每公斤2.6元，农户亩均收益约900元。";
        var figures = Attached(text, ("湖南省", EntityType.LOC), ("岳阳市", EntityType.LOC), ("君山区农业农村局", EntityType.ORG));
        Assert.All(figures.Where(f => f.Kind is FigureKind.RATE or FigureKind.MONEY), f => Assert.Equal("君山区", f.Subject));
        const string county = "本报讯 记者从河北省涞水县文化广电和旅游局获悉，今年工作有序推进。\n全年接待游客280万人次。";
        Assert.Equal("涞水县", Attached(county, ("河北省", EntityType.LOC), ("涞水县文化广电和旅游局", EntityType.ORG)).Single(f => f.Unit == "人次").Subject);
    }

    [Fact]
    public void The_word_city_after_a_city_s_name_is_no_division()
    {
        const string text = "本报讯 记者从成都市公园城市建设管理局获悉，今年工作有序推进。\n全年新建绿道260公里。";
        Assert.Equal("成都市", Attached(text, ("成都市公园城市建设管理局", EntityType.ORG)).Single(f => f.Unit == "公里").Subject);
    }

    [Fact]
    public void A_zone_s_administrative_committee_reports_on_its_zone()
    {
        const string text = "鹭港新区管委会介绍，今年外贸企业新增180家。";
        Assert.Equal("鹭港新区", Attached(text, ("鹭港新区管委会", EntityType.ORG)).Single(f => f.Unit == "家").Subject);
    }

    [Fact]
    public void An_office_that_opens_the_lead_stands_for_its_place_in_the_paragraphs_after()
    {
        const string text = "本报讯 包头市发展和改革委员会近日发布通知，自3月1日起调整市区公交票价。\n据测算，调价后乘客每月公交支出平均增加12元。";
        Assert.Equal("包头市", Attached(text, ("包头市发展和改革委员会", EntityType.ORG)).Single(f => f.Unit == "元").Subject);
    }
}
