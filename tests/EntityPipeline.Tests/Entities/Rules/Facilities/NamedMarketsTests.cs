using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class NamedMarketsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(NamedMarkets.Tag, text, tagged);

    [Fact]
    public void A_name_before_a_produce_market_is_a_place()
    {
        Assert.Equal(["城西农贸市场 LOC"], Apply("清晨，记者来到城西农贸市场，摊位前人头攒动。"));
        Assert.Equal(["河湾蔬菜批发市场 LOC"], Apply("河湾蔬菜批发市场的菜价回落。", ("河湾", EntityType.LOC))); // past the goods; the span inside gives way
    }

    [Fact]
    public void A_word_of_extent_or_a_common_word_before_the_market_is_no_name()
    {
        Assert.Empty(Apply("当地农贸市场的菜价回落。"));
        Assert.Empty(Apply("市中心批发市场的菜价回落。"));
        Assert.Empty(Apply("这个菜市场很热闹。"));
    }

    private static string[] JoinPlaces(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(NamedMarkets.JoinPlaces, text, tagged);

    [Fact]
    public void A_local_place_before_a_market_names_it()
    {
        Assert.Equal(["石板桥市场 LOC"], JoinPlaces("石板桥市场的商户开始试用新秤。", ("石板桥", EntityType.LOC)));
        Assert.Equal(["枫林路市场 LOC", "李华 PER"], JoinPlaces("枫林路市场管理员李华说。", ("枫林路", EntityType.LOC), ("李华", EntityType.PER)));
        Assert.Equal(["柳营服装市场 LOC"], JoinPlaces("柳营服装市场今天重新开业。", ("柳营", EntityType.LOC))); // past its wares
    }

    [Fact]
    public void A_country_division_or_region_before_a_market_is_its_area()
    {
        Assert.Equal(["日本 LOC"], JoinPlaces("产品销往日本市场。", ("日本", EntityType.LOC)));
        Assert.Equal(["杭州 LOC"], JoinPlaces("杭州市场需求旺盛。", ("杭州", EntityType.LOC)));
        Assert.Equal(["华东 LOC"], JoinPlaces("华东市场份额上升。", ("华东", EntityType.LOC)));
        Assert.Equal(["长三角 LOC"], JoinPlaces("长三角市场回暖。", ("长三角", EntityType.LOC)));
        Assert.Equal(["伦敦 LOC"], JoinPlaces("伦敦市场金价走高。", ("伦敦", EntityType.LOC)));
    }
}
