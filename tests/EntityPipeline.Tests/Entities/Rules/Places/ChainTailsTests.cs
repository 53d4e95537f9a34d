using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class ChainTailsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(ChainTails.Tag, text, tagged);

    [Fact]
    public void A_city_or_county_after_a_province_the_tagger_found_is_a_place()
    {
        Assert.Equal(["甘肃 LOC", "定西 LOC"], Apply("首个大型项目落地甘肃定西。", ("甘肃", EntityType.LOC)));
        Assert.Equal(["广东 LOC", "清远 LOC", "韶关 LOC"], Apply("广东清远、韶关等地降雨量超过二百毫米。", ("广东", EntityType.LOC), ("韶关", EntityType.LOC)));
    }

    [Fact]
    public void A_county_jieba_cut_in_two_and_a_city_before_a_county_are_places()
    {
        Assert.Equal(["大同市 LOC", "平城区 LOC"], Apply("大同市平城区一居民楼起火。", ("大同市", EntityType.LOC))); // jieba: 平/n 城区/n
        Assert.Equal(["毕节市 LOC", "织金县 LOC"], Apply("患儿来自毕节市织金县。", ("织金县", EntityType.LOC))); // jieba: 毕节市/n
        Assert.Equal(["城市 LOC"], Apply("这座城市很美。", ("城市", EntityType.LOC))); // no division follows: left as the tagger found it
        Assert.Equal(["锦江区 LOC"], Apply("居民向锦江区反映。", ("锦江", EntityType.LOC))); // ended inside jieba's 锦江区/ns
    }

    [Fact]
    public void Directions_areas_and_words_after_other_mentions_are_left_alone()
    {
        Assert.Equal(["湖南 LOC"], Apply("湖南南部有大雨。", ("湖南", EntityType.LOC))); // 南部 is a county too
        Assert.Equal(["北京 LOC"], Apply("北京城区的空气质量好转。", ("北京", EntityType.LOC))); // and 城区 a district
        Assert.Empty(Apply("甘肃定西的项目。")); // nothing tagged before it
    }
}
