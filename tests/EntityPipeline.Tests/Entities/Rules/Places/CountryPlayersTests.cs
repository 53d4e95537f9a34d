using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class CountryPlayersTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CountryPlayers.Retype(t, labels, length), text, tagged);

    [Fact]
    public void A_country_before_a_player_s_word_is_a_place()
    {
        Assert.Equal(["巴西 LOC"], Apply("巴西前锋攻入一球。", ("巴西", EntityType.ORG)));
        Assert.Equal(["中国 LOC"], Apply("中国选手夺得金牌。", ("中国", EntityType.ORG)));
        Assert.Equal(["中国 LOC"], Apply("他向中国队员致谢。", ("中国队", EntityType.ORG))); // run into 队 of 队员
    }

    [Fact]
    public void A_team_and_other_organisations_stay()
    {
        Assert.Equal(["中国队 ORG"], Apply("中国队选手入场。", ("中国队", EntityType.ORG)));
        Assert.Equal(["中国队 ORG"], Apply("中国队夺冠。", ("中国队", EntityType.ORG)));
        Assert.Equal(["巴西 ORG"], Apply("巴西表示欢迎。", ("巴西", EntityType.ORG)));
        Assert.Equal(["星海 ORG"], Apply("星海球员训练。", ("星海", EntityType.ORG))); // no country
    }
}
