using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class CampusesTests
{
    private static string[] Apply(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(Campuses.Join, text, tagged);

    [Fact]
    public void A_campus_after_its_hospital_or_school_is_part_of_it()
    {
        Assert.Equal(["滨海医院东湖院区 ORG"], Apply("滨海医院东湖院区开诊。", ("滨海医院", EntityType.ORG), ("东湖", EntityType.LOC)));
        Assert.Equal(["江城大学南湖校区 ORG"], Apply("江城大学南湖校区迎新。", ("江城大学", EntityType.ORG)));
        Assert.Equal(["江城大学东校园 ORG"], Apply("江城大学东校园的图书馆开放。", ("江城大学", EntityType.ORG)));
        Assert.Equal(["江城大学石桥校区 ORG"], Apply("江城大学石桥校区迎新。", ("江城大学", EntityType.ORG)));
    }

    [Fact]
    public void A_campus_word_with_no_name_of_its_own_is_left_alone()
    {
        Assert.Equal(["浙江大学 ORG"], Apply("他在浙江大学就读，校区很大。", ("浙江大学", EntityType.ORG)));
        Assert.Equal(["滨海医院 ORG"], Apply("滨海医院院区内禁止吸烟。", ("滨海医院", EntityType.ORG)));
        Assert.Equal(["江城大学 ORG"], Apply("江城大学智慧校园建设提速。", ("江城大学", EntityType.ORG))); // a kind of campus, no name
    }
}
