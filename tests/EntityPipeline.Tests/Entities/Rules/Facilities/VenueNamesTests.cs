using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class VenueNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => VenueNames.Retype(t, labels, length), text, tagged);

    [Fact]
    public void A_venue_read_as_a_body_is_a_place()
    {
        Assert.Equal(["江湾文化中心 LOC"], Apply("江湾文化中心获建筑设计金奖。", ("江湾文化中心", EntityType.ORG)));
        Assert.Equal(["滨河国际时尚中心 LOC"], Apply("滨河国际时尚中心首次成为主会场。", ("滨河国际时尚中心", EntityType.ORG)));
        Assert.Equal(["东港电影中心 LOC"], Apply("老片在东港电影中心重映。", ("东港电影中心", EntityType.ORG)));
    }

    [Fact]
    public void A_centre_for_trade_finance_or_the_arts_is_a_place_when_a_place_and_de_locate_it()
    {
        Assert.Equal(["南湖区 LOC", "南湖珠宝交易中心 LOC"],
            Apply("记者在南湖区的南湖珠宝交易中心看到", ("南湖区", EntityType.LOC), ("南湖珠宝交易中心", EntityType.ORG)));
        Assert.Equal(["滨江 LOC", "青禾文化艺术中心 LOC"],
            Apply("影展在滨江的青禾文化艺术中心开幕", ("滨江", EntityType.LOC), ("青禾文化艺术中心", EntityType.ORG)));
        // Without a place and 的 it may be an exchange or an arts body.
        Assert.Equal(["南湖股权交易中心 ORG"], Apply("碳票已在南湖股权交易中心挂牌。", ("南湖股权交易中心", EntityType.ORG)));
        Assert.Equal(["青禾当代艺术中心 ORG"], Apply("青禾当代艺术中心推出新展。", ("青禾当代艺术中心", EntityType.ORG)));
    }

    [Fact]
    public void A_concert_hall_a_hall_or_a_stadium_read_as_a_body_is_a_place()
    {
        Assert.Equal(["临川音乐厅 LOC"], Apply("临川音乐厅今晚上演新年音乐会。", ("临川音乐厅", EntityType.ORG)));
        Assert.Equal(["北湖体育馆 LOC"], Apply("北湖体育馆将承办决赛。", ("北湖体育馆", EntityType.ORG)));
    }

    [Fact]
    public void A_theatre_or_an_arts_centre_is_a_place_where_zai_locates_it()
    {
        Assert.Equal(["青禾大剧院 LOC"], Apply("舞剧将在青禾大剧院首演。", ("青禾大剧院", EntityType.ORG)));
        // And in the list 在 opens.
        Assert.Equal(["滨江大剧院 LOC", "青禾文化艺术中心 LOC"],
            Apply("乐团将在滨江大剧院和青禾文化艺术中心演出。", ("滨江大剧院", EntityType.LOC), ("青禾文化艺术中心", EntityType.ORG)));
        // A theatre that produces a work is the company.
        Assert.Equal(["青禾大剧院 ORG"], Apply("青禾大剧院出品的歌剧明年巡演。", ("青禾大剧院", EntityType.ORG)));
    }

    [Fact]
    public void Bodies_and_a_countrys_cultural_centre_abroad_stay()
    {
        Assert.Equal(["里昂中国文化中心 ORG"], Apply("里昂中国文化中心举办讲座。", ("里昂中国文化中心", EntityType.ORG)));
        Assert.Equal(["东海海洋研究中心 ORG"], Apply("东海海洋研究中心发布报告。", ("东海海洋研究中心", EntityType.ORG)));
    }
}
