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
}
