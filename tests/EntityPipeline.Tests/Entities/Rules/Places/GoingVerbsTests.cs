using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class GoingVerbsTests
{
    [Fact]
    public void A_verb_of_going_jieba_reads_alone_opens_no_place_and_a_surname_stays()
    {
        static string[] Cut(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(GoingVerbs.Cut, text, tagged);
        Assert.Equal(["簋街 LOC"], Cut("周末来簋街吃小龙虾。", ("来簋街", EntityType.LOC)));
        Assert.Equal(["从化市 LOC"], Cut("他们去了从化市。", ("从化市", EntityType.LOC))); // a name of its own
        Assert.Equal(["于洪涛 PER"], Cut("记者于洪涛报道。", ("于洪涛", EntityType.PER))); // 于 is a surname
        // 经 (via, by way of) is a noun in jieba's dictionary, and opens no body or place either.
        Assert.Equal(["湖南省防汛抗旱指挥部 ORG"], Cut("经湖南省防汛抗旱指挥部批准，水库泄洪。", ("经湖南省防汛抗旱指挥部", EntityType.ORG)));
        Assert.Equal(["经济研究所 ORG"], Cut("经济研究所发布报告。", ("经济研究所", EntityType.ORG))); // 经济 is one word
        // 与 (with) opens no body, nor a preposition jieba joins into a word it does not know (向宁川/x 理工大学)
        Assert.Equal(["基金会 ORG"], Cut("与基金会合作的企业。", ("与基金会", EntityType.ORG)));
        Assert.Equal(["宁川理工大学 ORG"], Cut("他们向宁川理工大学捐赠图书。", ("向宁川理工大学", EntityType.ORG)));
        Assert.Equal(["向阳区 LOC"], Cut("向阳区政府", ("向阳区", EntityType.LOC))); // a name jieba knows
        // Nor 据 (according to), the source of a report.
        Assert.Equal(["枫渡市文旅局 ORG"], Cut("据枫渡市文旅局测算，消费增长。", ("据枫渡市文旅局", EntityType.ORG)));
    }
}
