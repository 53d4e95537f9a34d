using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class CountryPlacesTests
{
    private static string[] Apply(string text, string tagged, EntityType type = EntityType.LOC) =>
        LabelRuleHarness.Apply(CountryPlaces.Split, text, (tagged, type));

    [Fact]
    public void A_country_before_a_named_place_is_a_place_of_its_own()
    {
        Assert.Equal(["挪威 LOC", "斯瓦尔巴群岛 LOC"], Apply("考察队抵达挪威斯瓦尔巴群岛。", "挪威斯瓦尔巴群岛"));
        Assert.Equal(["秘鲁 LOC", "钱凯港 LOC"], Apply("货轮驶向秘鲁钱凯港。", "秘鲁钱凯港"));
        // 皇后/n 镇: jieba reads no name, but a town's ending says it is one.
        Assert.Equal(["新西兰 LOC", "皇后镇 LOC"], Apply("游客涌入新西兰皇后镇。", "新西兰皇后镇"));
    }

    [Fact]
    public void A_venue_named_by_nothing_but_its_kind_keeps_its_country()
    {
        // jieba: 新加坡/ns 博览/nr 中心/n; the venue has no name but the city-state's.
        Assert.Equal(["新加坡博览中心 LOC"], Apply("新加坡博览中心的扩建已经完成。", "新加坡博览中心"));
        Assert.Equal(["新加坡 LOC", "滨海湾金沙会展中心 LOC"], Apply("年会在新加坡滨海湾金沙会展中心举行。", "新加坡滨海湾金沙会展中心"));
    }

    [Fact]
    public void A_country_before_a_university_with_a_name_of_its_own_is_a_place_of_its_own()
    {
        Assert.Equal(["英国 LOC", "诺丁汉大学 ORG"], Apply("她毕业于英国诺丁汉大学。", "英国诺丁汉大学", EntityType.ORG));
        // jieba keeps 美国杜克大学 one word (nt).
        Assert.Equal(["美国 LOC", "杜克大学 ORG"], Apply("他在美国杜克大学任教。", "美国杜克大学", EntityType.ORG));
        Assert.Equal(["法国 LOC", "阿尔斯通集团 ORG"], Apply("设备由法国阿尔斯通集团提供。", "法国阿尔斯通集团", EntityType.ORG));
        Assert.Equal(["韩国 LOC", "三星电子 ORG"], Apply("韩国三星电子发布新品。", "韩国三星电子", EntityType.ORG));
    }

    [Fact]
    public void Formal_names_common_words_bodies_of_the_state_and_longer_places_stay_whole()
    {
        Assert.Equal(["朝鲜半岛 LOC"], Apply("朝鲜半岛局势缓和。", "朝鲜半岛"));
        Assert.Equal(["南非国家博物馆 LOC"], Apply("展品来自南非国家博物馆。", "南非国家博物馆"));
        Assert.Equal(["美国国务院 ORG"], Apply("美国国务院发表声明。", "美国国务院", EntityType.ORG));
        Assert.Equal(["瑞典沃尔沃公司 ORG"], Apply("瑞典沃尔沃公司宣布。", "瑞典沃尔沃公司", EntityType.ORG)); // People's Daily keeps it whole
        Assert.Equal(["日本国立大学 ORG"], Apply("日本国立大学协会开会。", "日本国立大学", EntityType.ORG));
        Assert.Equal(["芬兰理工学院 ORG"], Apply("学生赴芬兰理工学院交流。", "芬兰理工学院", EntityType.ORG));
        Assert.Equal(["巴西利亚 LOC"], Apply("代表团抵达巴西利亚。", "巴西利亚")); // a city, not 巴西 and 利亚
        Assert.Equal(["中国空间站 LOC"], Apply("中国空间站迎来新乘组。", "中国空间站")); // China is not in the list
    }
}
