using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class DivisionChainsTests
{
    /// <summary>The spans after the rule, given one span the tagger found.</summary>
    private static string[] Apply(string text, string span, EntityType type)
    {
        var labels = new int[text.Length];
        int start = text.IndexOf(span, StringComparison.Ordinal);
        BioesLabels.Mark(labels, start, start + span.Length, type);
        DivisionChains.Split(text, labels, labels.Length);
        return [.. BioesLabels.Spans(labels).Select(s => $"{text[s.Start..s.End]} {s.Type}")];
    }

    [Fact]
    public void The_outer_divisions_of_a_chain_are_places_of_their_own()
    {
        Assert.Equal(["江苏省 LOC", "南通市 LOC", "如皋市委 ORG"], Apply("江苏省南通市如皋市委召开会议。", "江苏省南通市如皋市委", EntityType.ORG));
        Assert.Equal(["湖南省 LOC", "岳阳市 LOC"], Apply("湖南省岳阳市的经济。", "湖南省岳阳市", EntityType.LOC));
        // A province's or city's short form opens a chain too when a full name follows (E3: 江苏 盐城)
        Assert.Equal(["重庆 LOC", "万州区 LOC"], Apply("嫌疑人已在重庆万州区落网。", "重庆万州区", EntityType.LOC));
        // An autonomous prefecture or county by its short form and 州 or 县 (海北藏族自治州, 门源回族自治县)
        Assert.Equal(["海北州 LOC", "门源县 LOC"], Apply("青海省海北州门源县发生地震。", "海北州门源县", EntityType.LOC));
        Assert.Equal(["河南 LOC", "郑州市钢制家具厂 ORG"], Apply("河南郑州市钢制家具厂开业。", "河南郑州市钢制家具厂", EntityType.ORG));
        Assert.Equal(["山东省 LOC", "济南市教育局 ORG"], Apply("山东省济南市教育局通知。", "山东省济南市教育局", EntityType.ORG));
        // Two short forms, when the second is a city's and ends the place (E3: 江苏 盐城); a county's short form may be a word
        Assert.Equal(["广东 LOC", "佛山 LOC"], Apply("近期广东佛山等地出现病例。", "广东佛山", EntityType.LOC));
        Assert.Equal(["山东泰山 ORG"], Apply("山东泰山主场获胜。", "山东泰山", EntityType.ORG));
        Assert.Equal(["山东泰山 LOC"], Apply("山东泰山景区。", "山东泰山", EntityType.LOC));
    }

    [Fact]
    public void A_division_that_names_the_body_stays_inside()
    {
        Assert.Equal(["上海市人民政府 ORG"], Apply("上海市人民政府发布。", "上海市人民政府", EntityType.ORG));
        Assert.Equal(["湖北省公安厅 ORG"], Apply("湖北省公安厅通报。", "湖北省公安厅", EntityType.ORG));
        Assert.Equal(["江苏 LOC"], Apply("江苏苏州的企业。", "江苏", EntityType.LOC)); // short forms are left to the tagger
    }

    [Fact]
    public void A_township_before_its_village_is_a_place_of_its_own()
    {
        Assert.Equal(["三坡镇 LOC", "苟各庄村 LOC"], Apply("救援队赶到三坡镇苟各庄村。", "三坡镇苟各庄村", EntityType.LOC));
        Assert.Equal(["涞水县 LOC", "三坡镇 LOC", "苟各庄村 LOC"], Apply("涞水县三坡镇苟各庄村的果园。", "涞水县三坡镇苟各庄村", EntityType.LOC));
        Assert.Equal(["长辛店街道 LOC", "光明里社区 LOC"], Apply("长辛店街道光明里社区开展活动。", "长辛店街道光明里社区", EntityType.LOC));
        Assert.Equal(["城乡村 LOC"], Apply("城乡村来了。", "城乡村", EntityType.LOC)); // no name after the township word
    }

    [Fact]
    public void An_organisation_of_a_province_and_a_city_s_name_alone_is_two_places()
    {
        Assert.Equal(["甘肃 LOC", "天水 LOC"], Apply("途经甘肃天水、宁夏固原。", "甘肃天水", EntityType.ORG));
    }

    [Fact]
    public void A_township_before_a_road_or_street_is_a_place_of_its_own()
    {
        Assert.Equal(["江桥镇 LOC", "华江路 LOC"], Apply("江桥镇华江路一带封路。", "江桥镇华江路", EntityType.LOC));
        Assert.Equal(["南湖街道 LOC", "解放街 LOC"], Apply("南湖街道解放街的商户。", "南湖街道解放街", EntityType.LOC));
        Assert.Equal(["镇远路 LOC"], Apply("镇远路修好了。", "镇远路", EntityType.LOC)); // 镇 opening a road's name
    }
}
