using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class DivisionCountsTests
{
    private static string[] Cut(string text, string tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => DivisionCounts.Cut(sentence, labels, length), text, (tagged, EntityType.LOC));

    [Fact]
    public void A_count_of_divisions_after_a_place_is_no_part_of_it()
    {
        Assert.Equal(["南平 LOC"], Cut("三明、龙岩、南平三市启动应急响应。", "南平三市"));
        Assert.Equal(["东北 LOC"], Cut("东北三省迎来降雪。", "东北三省"));
    }

    [Fact]
    public void A_run_of_abbreviations_before_the_count_is_one_place_per_character()
    {
        Assert.Equal(["闽 LOC", "赣 LOC", "湘 LOC"], Cut("闽赣湘三省联合开展巡查。", "闽赣湘三省"));
        Assert.Equal(["辽宁 LOC"], Cut("辽宁两市试点。", "辽宁两市")); // a province's own name
    }

    [Fact]
    public void A_count_of_divisions_tagged_alone_is_no_place()
    {
        Assert.Empty(Cut("今年粤桂两省区共开通冷链专线12条。", "两省区"));
        Assert.Empty(Cut("沪深两市成交额放大。", "两市"));
        Assert.Equal(["九州 LOC"], Cut("台风逼近九州。", "九州"));   // a name, 州 no count's division here
    }

    [Fact]
    public void A_division_named_with_a_numeral_stays_whole()
    {
        Assert.Equal(["十堰市 LOC"], Cut("十堰市发布预警。", "十堰市"));
        Assert.Equal(["郑州二七区 LOC"], Cut("郑州二七区开展演练。", "郑州二七区")); // the gazetteer's district
    }
}
