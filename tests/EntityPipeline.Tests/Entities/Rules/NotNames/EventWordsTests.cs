using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.NotNames;

namespace EntityPipeline.Tests.Entities.Rules.NotNames;

public sealed class EventWordsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => EventWords.Cut(t, labels, length), text, tagged);

    [Fact]
    public void An_event_is_no_mention_but_the_place_that_opens_it_is()
    {
        Assert.Equal(["中国 LOC"], Apply("第三届中国国际消费品博览会在海口开幕。", ("中国国际消费品博览会", EntityType.ORG)));
        Assert.Equal(["景德镇 LOC"], Apply("景德镇陶瓷交易会吸引了上万名采购商。", ("景德镇陶瓷交易会", EntityType.ORG)));
        Assert.Empty(Apply("电影节创始人表示，片单已经确定。", ("电影节", EntityType.ORG)));
    }

    [Fact]
    public void The_body_that_holds_an_event_stays()
    {
        Assert.Equal(["亚太经合组织 ORG"], Apply("亚太经合组织峰会下月举行。", ("亚太经合组织峰会", EntityType.ORG)));
    }

    [Fact]
    public void Other_mentions_stay()
    {
        Assert.Equal(["中国国际贸易促进委员会 ORG"], Apply("中国国际贸易促进委员会发布报告。", ("中国国际贸易促进委员会", EntityType.ORG)));
    }
}
