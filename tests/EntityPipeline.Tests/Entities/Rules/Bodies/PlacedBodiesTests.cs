using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class PlacedBodiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(PlacedBodies.Join, text, tagged);

    [Fact]
    public void A_place_its_field_and_a_body_word_after_it_are_one_organisation()
    {
        Assert.Equal(["青溪农商银行 ORG"], Apply("茶农从青溪农商银行贷款30万元。", ("青溪", EntityType.LOC)));
        Assert.Equal(["瑞典华人纺织商会 ORG", "王明 PER"], Apply("瑞典华人纺织商会会长王明6日宣布", ("瑞典", EntityType.LOC), ("王明", EntityType.PER)));
        Assert.Equal(["北陵国际木工技艺学校 ORG"], Apply("他曾在北陵国际木工技艺学校进修两年。", ("北陵", EntityType.LOC)));
        Assert.Equal(["德国华人贸易商会 ORG"], Apply("德国华人贸易商会会长6日宣布", ("德国", EntityType.LOC)));
    }

    [Fact]
    public void A_count_a_rank_a_bare_body_word_or_a_tagged_field_stays()
    {
        Assert.Equal(["东岭 LOC"], Apply("两所东岭大学参加了比赛。", ("东岭", EntityType.LOC)));
        Assert.Equal(["北陵 LOC"], Apply("【北陵华人商会助力社区】", ("北陵", EntityType.LOC))); // a kind of body, not its name
        Assert.Equal(["美国 LOC"], Apply("美国三大证券交易所同时休市。", ("美国", EntityType.LOC)));
        Assert.Equal(["青溪 LOC"], Apply("青溪银行贷款增加。", ("青溪", EntityType.LOC)));
        Assert.Equal(["东岭 LOC"], Apply("东岭农村大学生返乡创业。", ("东岭", EntityType.LOC)));
        Assert.Equal(["青溪 LOC", "农业发展协会 ORG"], Apply("青溪农业发展协会成立。", ("青溪", EntityType.LOC), ("农业发展协会", EntityType.ORG)));
    }
}
