using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class PlacePairsTests
{
    private static string[] Apply(string text, string tagged, EntityType type = EntityType.LOC) =>
        LabelRuleHarness.Apply(PlacePairs.Split, text, (tagged, type));

    [Fact]
    public void A_country_and_a_listed_place_are_two_places()
    {
        // jieba keeps 英国伦敦 one word (ns), which the country rule leaves whole.
        Assert.Equal(["英国 LOC", "伦敦 LOC"], Apply("这批座钟由英国伦敦的工坊制造。", "英国伦敦"));
        Assert.Equal(["德国 LOC", "科隆 LOC"], Apply("展会移师德国科隆举行。", "德国科隆"));
    }

    [Fact]
    public void A_city_and_a_township_short_name_are_two_places()
    {
        Assert.Equal(["广州 LOC", "芳村 LOC"], Apply("不少花农把货送到广州芳村的批发市场。", "广州芳村"));
        Assert.Equal(["龙华区 LOC", "观澜 LOC"], Apply("工厂搬到了龙华区观澜，离地铁站不远。", "龙华区观澜"));
    }

    [Fact]
    public void Common_words_known_places_and_names_cut_short_stay_whole()
    {
        Assert.Equal(["东方公园 LOC"], Apply("居民常去东方公园散步。", "东方公园")); // a county's short form before a common word
        Assert.Equal(["上海外滩 LOC"], Apply("游客聚在上海外滩看灯光秀。", "上海外滩")); // a listed place after a city of China
        Assert.Equal(["天津南港 LOC"], Apply("装置建在天津南港工业区。", "天津南港")); // the next word runs the name on
        Assert.Equal(["巴布亚新几内亚 LOC"], Apply("代表团访问巴布亚新几内亚。", "巴布亚新几内亚")); // a country itself
        Assert.Equal(["英国伦敦 ORG"], Apply("英国伦敦发来贺电。", "英国伦敦", EntityType.ORG)); // only places
    }
}
