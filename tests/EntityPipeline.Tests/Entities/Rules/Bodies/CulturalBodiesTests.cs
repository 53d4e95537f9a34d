using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class CulturalBodiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => CulturalBodies.Retype(t, labels, length), text, tagged);

    [Fact]
    public void A_museum_that_works_with_a_body_announces_or_has_a_curator_is_an_organisation()
    {
        Assert.Equal(["青川美术馆 ORG", "柳湾艺术中心 ORG"],
            Apply("青川美术馆与柳湾艺术中心续签合作。", ("青川美术馆", EntityType.LOC), ("柳湾艺术中心", EntityType.ORG)));
        Assert.Equal(["禾山博物馆 ORG"], Apply("禾山博物馆6日宣布闭馆改造。", ("禾山博物馆", EntityType.LOC)));
        Assert.Equal(["北溪图书馆 ORG"], Apply("北溪图书馆副馆长介绍说", ("北溪图书馆", EntityType.LOC)));
    }

    [Fact]
    public void A_museum_that_organises_or_follows_a_body_over_yu_is_an_organisation()
    {
        Assert.Equal(["禾山博物馆 ORG"], Apply("展览由禾山博物馆主办。", ("禾山博物馆", EntityType.LOC)));
        // A theatre that produces a work is the company.
        Assert.Equal(["青川大剧院 ORG"], Apply("这部歌剧由青川大剧院制作。", ("青川大剧院", EntityType.LOC)));
        Assert.Equal(["柳湾研究院 ORG", "青川纪念馆 ORG"],
            Apply("柳湾研究院和青川纪念馆共建基地。", ("柳湾研究院", EntityType.ORG), ("青川纪念馆", EntityType.LOC)));
    }

    [Fact]
    public void A_museum_as_a_building_stays_a_place()
    {
        Assert.Equal(["禾山博物馆 LOC"], Apply("禾山博物馆坐落在湖畔。", ("禾山博物馆", EntityType.LOC)));
        Assert.Equal(["禾山博物馆 LOC"], Apply("游客到禾山博物馆参观。", ("禾山博物馆", EntityType.LOC)));
        // 和 after a place lists places.
        Assert.Equal(["北溪公园 LOC", "禾山博物馆 LOC"],
            Apply("北溪公园和禾山博物馆之间通了步道。", ("北溪公园", EntityType.LOC), ("禾山博物馆", EntityType.LOC)));
    }
}
