using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class SportsClubsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(SportsClubs.Tag, text, tagged);

    private static (string, EntityType) Place(string text) => (text, EntityType.LOC);

    [Fact]
    public void A_place_and_a_sponsor_or_nickname_in_a_match_are_a_club()
    {
        Assert.Equal(["上海海港 ORG", "成都蓉城 ORG"], Apply("上海海港主场3比1战胜成都蓉城，提前两轮卫冕。", Place("上海"), Place("成都")));
        Assert.Equal(["辽宁本钢 ORG", "广东东莞大益 ORG"], Apply("辽宁本钢主场以108比96战胜广东东莞大益。", Place("辽宁"), Place("广东"), Place("东莞")));
        Assert.Equal(["武汉三镇 ORG"], Apply("浙江队坐镇主场迎战武汉三镇。", Place("武汉三镇"))); // the tagger read the whole as a place
        Assert.Equal(["青岛西海岸 ORG"], Apply("浙江队以2比1逆转青岛西海岸。", Place("青岛"))); // the name stops before punctuation
        Assert.Equal(["成都蓉城 ORG"], Apply("成都蓉城主教练说，球队状态很好。", Place("成都")));
        Assert.Equal(["山东泰山 ORG"], Apply("积分升至第四，距榜首山东泰山5分。", Place("山东"))); // jieba: 山东泰山/ns, one word
    }

    [Fact]
    public void Places_chains_and_venues_outside_a_match_stay_places()
    {
        Assert.Equal(["成都 LOC"], Apply("成都蓉城一带的老街很热闹。", Place("成都"))); // no match around it
        Assert.Equal(["广东 LOC", "东莞 LOC"], Apply("客队战胜广东东莞。", Place("广东"), Place("东莞"))); // a chain of places
        Assert.Equal(["济南奥体中心 LOC"], Apply("山东泰山在济南奥体中心主场迎战对手。", Place("济南奥体中心"))); // a venue
    }
}
