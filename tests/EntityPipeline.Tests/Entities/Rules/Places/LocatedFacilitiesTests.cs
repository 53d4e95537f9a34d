using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class LocatedFacilitiesTests
{
    private static string[] Apply(string text, string tagged) => LabelRuleHarness.Apply(LocatedFacilities.Split, text, (tagged, EntityType.LOC));

    [Fact]
    public void A_city_before_a_facility_or_place_with_a_name_of_its_own_is_a_place_of_its_own()
    {
        Assert.Equal(["湛江 LOC", "徐闻港 LOC"], Apply("大风过后，湛江徐闻港恢复通航。", "湛江徐闻港"));
        Assert.Equal(["重庆 LOC", "渝北换流站 LOC"], Apply("线路落点在重庆渝北换流站。", "重庆渝北换流站"));
        Assert.Equal(["北京 LOC", "国家会议中心 LOC"], Apply("论坛在北京国家会议中心开幕。", "北京国家会议中心"));
        Assert.Equal(["成都 LOC", "宽窄巷子 LOC"], Apply("成都宽窄巷子游人很多。", "成都宽窄巷子"));
        Assert.Equal(["西昌市 LOC", "火把广场 LOC"], Apply("晚会在西昌市火把广场举行。", "西昌市火把广场"));
        // A district only locates its stop, and no name of a city's carries a petrol station.
        Assert.Equal(["海淀区 LOC", "青禾路公交站 LOC"], Apply("海淀区青禾路公交站更新了站牌。", "海淀区青禾路公交站"));
        Assert.Equal(["杭州 LOC", "青禾加油站 LOC"], Apply("杭州青禾加油站恢复营业。", "杭州青禾加油站"));
    }

    [Fact]
    public void A_facility_named_from_its_city_keeps_it()
    {
        Assert.Equal(["上海国际赛车场 LOC"], Apply("比赛在上海国际赛车场进行。", "上海国际赛车场"));
        Assert.Equal(["杭州奥体中心体育馆 LOC"], Apply("决赛移师杭州奥体中心体育馆。", "杭州奥体中心体育馆"));
        Assert.Equal(["宁波舟山港 LOC"], Apply("宁波舟山港吞吐量居首。", "宁波舟山港")); // another city opens it
        Assert.Equal(["济南遥墙国际机场 LOC"], Apply("航班降落在济南遥墙国际机场。", "济南遥墙国际机场")); // an airport
        Assert.Equal(["福州高新区 LOC"], Apply("项目落户福州高新区。", "福州高新区")); // a zone named from its city (E8)
        Assert.Equal(["苏州城际铁路 LOC"], Apply("苏州城际铁路开工。", "苏州城际铁路"));
        Assert.Equal(["衡阳换流站 LOC"], Apply("工程终点是衡阳换流站。", "衡阳换流站")); // no name but the facility's word
        Assert.Equal(["合肥北城站 LOC"], Apply("列车停靠合肥北城站。", "合肥北城站")); // a direction from the city
        Assert.Equal(["杭州青禾站 LOC"], Apply("旅客在杭州青禾站换乘。", "杭州青禾站")); // a station carries its city's name
        Assert.Equal(["海南热带雨林国家公园 LOC"], Apply("海南热带雨林国家公园发现新物种。", "海南热带雨林国家公园")); // a province names it
    }
}
