using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class NumberedTeamsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => NumberedTeams.Join(t, labels, length), text, tagged);

    [Fact]
    public void A_country_or_force_and_the_numbered_team_it_sends_are_one_organisation()
    {
        Assert.Equal(["中国第三十批援几内亚医疗队 ORG"], Apply("中国第三十批援几内亚医疗队出发。", ("中国", EntityType.LOC), ("几内亚医疗队", EntityType.ORG)));
        Assert.Equal(["中国第40次北极科考队 ORG"], Apply("中国第40次北极科考队返航。", ("中国", EntityType.LOC)));
        Assert.Equal(["海军第50批护航编队 ORG"], Apply("海军第50批护航编队起航。", ("海军", EntityType.ORG)));
    }

    [Fact]
    public void Without_a_sender_or_a_team_nothing_changes()
    {
        Assert.Equal(["上海 LOC"], Apply("上海第三批项目开工。", ("上海", EntityType.LOC))); // a city, and no team
        Assert.Equal(["中国 LOC"], Apply("中国第二次获得该奖，团队很高兴。", ("中国", EntityType.LOC))); // punctuation before 团
    }

    private static string[] ApplyUnsent(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => NumberedTeams.JoinUnsent(t, labels, length), text, tagged);

    [Fact]
    public void A_team_s_number_with_no_sender_joins_the_team_after_it()
    {
        Assert.Equal(["第9次北极科考队 ORG"], ApplyUnsent("第9次北极科考队从青岛起航。", ("北极科考队", EntityType.ORG)));
        Assert.Equal(["第十二批援外医疗队 ORG"], ApplyUnsent("今天，第十二批援外医疗队出发。", ("援外医疗队", EntityType.ORG)));
    }

    [Fact]
    public void A_number_before_no_team_span_is_left_alone()
    {
        Assert.Equal(["北极科考 ORG"], ApplyUnsent("第9次北极科考顺利结束。", ("北极科考", EntityType.ORG))); // no 队
        Assert.Equal(Array.Empty<string>(), ApplyUnsent("第9次北极科考队起航。")); // no span after the number
    }
}
