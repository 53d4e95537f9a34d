using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class ForeignPlacesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => ForeignPlaces.Retype(t, labels, length), text, tagged);

    [Fact]
    public void A_name_read_as_a_person_after_a_country_a_state_or_a_city_s_word_is_a_place()
    {
        Assert.Equal(["波兰 LOC", "弗罗茨瓦夫 LOC"], Apply("工厂设在波兰弗罗茨瓦夫。", ("波兰", EntityType.LOC), ("弗罗茨瓦夫", EntityType.PER)));
        Assert.Equal(["佛罗里达州 LOC", "坦帕 LOC"], Apply("他在佛罗里达州坦帕出生。", ("佛罗里达州", EntityType.LOC), ("坦帕", EntityType.PER)));
        Assert.Equal(["蒙巴萨 LOC"], Apply("货轮抵达港口城市蒙巴萨。", ("蒙巴萨", EntityType.PER)));
    }

    [Fact]
    public void A_person_after_a_word_or_another_place_stays()
    {
        Assert.Equal(["法国 LOC", "马克龙 PER"], Apply("法国总统马克龙表示。", ("法国", EntityType.LOC), ("马克龙", EntityType.PER)));
        Assert.Equal(["北京 LOC", "王刚 PER"], Apply("来自北京王刚说。", ("北京", EntityType.LOC), ("王刚", EntityType.PER)));
    }

    [Fact]
    public void A_name_read_as_a_person_after_a_verb_of_going_or_coming_from_is_a_place()
    {
        Assert.Equal(["卡洛维亚 LOC"], Apply("新航线下月起飞往卡洛维亚。", ("卡洛维亚", EntityType.PER)));
        Assert.Equal(["塔努拉 LOC"], Apply("来自塔努拉的工程师负责施工。", ("塔努拉", EntityType.PER)));
    }

    [Fact]
    public void A_person_s_home_after_a_verb_of_going_stays_a_person()
    {
        Assert.Equal(["王立新 PER"], Apply("社区干部前往王立新家中走访。", ("王立新", EntityType.PER)));
        Assert.Equal(["王立新 PER"], Apply("社区干部看望了王立新。", ("王立新", EntityType.PER)));
    }

    private static string[] Datelines(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => ForeignPlaces.RetypeDatelines(sentence, labels, length), text, tagged);

    [Fact]
    public void A_person_between_an_agency_and_a_datelines_date_is_its_place()
    {
        Assert.Equal(["新华社 ORG", "阿伯丁 LOC"], Datelines("新华社阿伯丁9月8日电 两地签署合作备忘录。", ("新华社", EntityType.ORG), ("阿伯丁", EntityType.PER)));
        Assert.Equal(["圣马丁 LOC"], Datelines("本报圣马丁１５日电 港口扩建完工。", ("圣马丁", EntityType.PER)));
        Assert.Equal(["马克·吐温 PER"], Datelines("新华社马克·吐温故居迎来游客。", ("马克·吐温", EntityType.PER))); // no date
        Assert.Equal(["王立新 PER"], Datelines("记者王立新9月8日电话采访了他。", ("王立新", EntityType.PER))); // no agency
    }
}
