using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class EmbeddedAbbreviationsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(EmbeddedAbbreviations.Drop, text, tagged);

    [Fact]
    public void A_one_character_place_inside_a_word_that_names_no_other_place_goes()
    {
        Assert.Equal(["北京 LOC"], Apply("北京奥运会开幕。", ("北京", EntityType.LOC), ("奥", EntityType.LOC)));
        Assert.Empty(Apply("他和奥运冠军合影。", ("奥", EntityType.LOC)));
    }

    [Fact]
    public void China_s_and_the_provinces_abbreviations_runs_and_separate_words_stay()
    {
        Assert.Equal(["中 LOC"], Apply("中药材涨价。", ("中", EntityType.LOC))); // MSRA tags 中 and 京 wherever they stand
        Assert.Equal(["京 LOC"], Apply("京剧演员登台。", ("京", EntityType.LOC)));
        Assert.Equal(["日 LOC"], Apply("抗日战争胜利了。", ("日", EntityType.LOC))); // MSRA's place
        Assert.Equal(["美 LOC"], Apply("美军撤出基地。", ("美", EntityType.LOC))); // a country's army
        Assert.Equal(["美 LOC", "日 LOC"], Apply("美日两国会谈。", ("美", EntityType.LOC), ("日", EntityType.LOC)));
    }

    [Fact]
    public void A_side_in_talks_and_people_of_chinese_descent_are_no_places()
    {
        Assert.Empty(Apply("中方表示同意。", ("中", EntityType.LOC)));
        Assert.Empty(Apply("日方表示同意。", ("日", EntityType.LOC)));
        Assert.Empty(Apply("当地华人聚会。", ("华", EntityType.LOC)));
        Assert.Empty(Apply("海外华侨回乡。", ("华", EntityType.LOC)));
    }

    [Fact]
    public void A_port_s_traffic_is_no_place()
    {
        Assert.Empty(Apply("大雾导致进出港航班延误。", ("港", EntityType.LOC)));
        Assert.Equal(["港 LOC"], Apply("代表团抵港访问。", ("港", EntityType.LOC))); // going to Hong Kong
    }

    [Fact]
    public void A_free_trade_ports_character_is_no_place_of_its_own()
    {
        Assert.Equal(["南海 LOC"], Apply("南海自由贸易港建设提速。", ("南海", EntityType.LOC), ("港", EntityType.LOC)));
        Assert.Equal(["南海 LOC"], Apply("南海自贸港政策落地。", ("南海", EntityType.LOC), ("港", EntityType.LOC)));
        Assert.Equal(["港 LOC"], Apply("货物运往港澳地区。", ("港", EntityType.LOC))); // Hong Kong
    }
}
