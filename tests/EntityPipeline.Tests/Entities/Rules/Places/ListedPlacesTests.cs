using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class ListedPlacesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(ListedPlaces.Tag, text, tagged);

    [Fact]
    public void A_listed_place_abroad_left_untagged_or_read_as_a_person_or_organisation_is_a_place()
    {
        Assert.Equal(["巴伐利亚 LOC"], Apply("暴雨袭击了巴伐利亚。")); // untagged
        Assert.Equal(["柔佛 LOC"], Apply("新工厂落户柔佛，明年投产。")); // a Malaysian state
        Assert.Equal(["比哈尔邦 LOC"], Apply("比哈尔邦遭遇洪水。")); // an Indian state
        Assert.Equal(["普罗旺斯 LOC"], Apply("游客涌向普罗旺斯。", ("普罗旺斯", EntityType.PER))); // a French region read as a person
        Assert.Equal(["匹兹堡 LOC"], Apply("他搬到匹兹堡工作。", ("匹兹堡", EntityType.PER))); // a US city
        Assert.Equal(["德累斯顿 LOC"], Apply("展会在德累斯顿开幕。", ("德累斯顿", EntityType.ORG))); // a German city read as an organisation
        Assert.Equal(["湄公河 LOC"], Apply("湄公河水位下降。")); // a river
    }

    [Fact]
    public void A_place_of_mainland_China_that_is_no_division_or_of_Hong_Kong_Macao_or_Taiwan_is_a_place()
    {
        Assert.Equal(["洞庭湖 LOC"], Apply("今年汛期洞庭湖水位偏高。")); // a lake
        Assert.Equal(["鸣沙山 LOC"], Apply("游客骑着骆驼登上鸣沙山。")); // a scenic area
        Assert.Equal(["天一阁 LOC"], Apply("天一阁藏书楼完成了修缮。", ("天一阁", EntityType.ORG))); // a historic site read as an organisation
        Assert.Equal(["王府井 LOC"], Apply("节日期间王府井人流如织。")); // a landmark street
        Assert.Equal(["黑沙环 LOC"], Apply("新的长者中心设在黑沙环。")); // a Macao area
        Assert.Equal(["木栅 LOC"], Apply("动物园位于木栅，交通便利。")); // a Taipei area
        Assert.Equal(["观塘区 LOC"], Apply("他住在观塘区，每天乘地铁上班。", ("观塘区", EntityType.PER))); // a Hong Kong district read as a person
    }

    [Fact]
    public void A_listed_place_jieba_glued_to_a_function_character_is_a_place()
    {
        Assert.Equal(["将军澳 LOC"], Apply("将军澳在推进新的填海计划。")); // jieba: 将军澳在, one word
        Assert.Equal(["默拉皮 LOC"], Apply("记者赶到默拉皮火山脚下。")); // 到默拉皮
        Assert.Empty(Apply("将军澳住了很多年轻家庭。")); // 将军澳住: not a function character
    }

    [Fact]
    public void A_name_inside_a_larger_entity_or_a_longer_word_stays()
    {
        Assert.Equal(["莫斯科大学 ORG"], Apply("他毕业于莫斯科大学。", ("莫斯科大学", EntityType.ORG))); // inside an organisation
        Assert.Equal(["巴黎圣母院 LOC"], Apply("巴黎圣母院重新开放。", ("巴黎圣母院", EntityType.LOC))); // inside a place
        Assert.Equal(["美国匹兹堡 LOC"], Apply("他住在美国匹兹堡。", ("美国匹兹堡", EntityType.LOC))); // the end of a place
        Assert.Equal(["匹兹堡钢人 ORG"], Apply("匹兹堡钢人队获胜。", ("匹兹堡钢人", EntityType.ORG))); // a span running past it
        Assert.Equal(["东京 LOC"], Apply("东京发布预警。", ("东京", EntityType.LOC))); // already a place
        Assert.Empty(Apply("他主演了《布鲁塞尔往事》。")); // in a title
        Assert.Equal(["莫斯科 LOC"], Apply("他在《莫斯科》一文中写道。")); // a title that is the name
        Assert.Empty(Apply("台风“新东京”逼近。")); // part of a storm's name
    }

    [Fact]
    public void A_city_whose_club_news_names_by_it_alone_stays_an_organisation()
    {
        Assert.Equal(["罗马 ORG"], Apply("罗马客场战胜对手。", ("罗马", EntityType.ORG)));
        Assert.Equal(["罗马 LOC"], Apply("罗马迎来大批游客。")); // untagged: a place
    }
}
