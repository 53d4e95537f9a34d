using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class DisciplineBodiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(DisciplineBodies.Cut, text, tagged);

    [Fact]
    public void A_discipline_and_supervisory_commission_ends_at_监委()
    {
        Assert.Equal(["浙江省纪委监委 ORG"], Apply("浙江省纪委监委通报：某局长被查。", ("浙江省纪委监委通报", EntityType.ORG)));
        Assert.Equal(["中央纪委国家监委 ORG"], Apply("消息在中央纪委国家监委网站发布。", ("中央纪委国家监委网站", EntityType.ORG)));
    }

    [Fact]
    public void A_body_after_a_verb_is_one_of_its_own()
    {
        Assert.Equal(["宿松县纪委监委 ORG", "宿松县农业农村局 ORG"], Apply("宿松县纪委监委联合宿松县农业农村局开展检查。", ("宿松县纪委监委联合宿松县农业农村局", EntityType.ORG)));
    }

    [Fact]
    public void A_commission_that_ends_at_监委_and_a_resident_team_are_left_alone()
    {
        Assert.Equal(["浙江省纪委监委 ORG"], Apply("浙江省纪委监委近日通报。", ("浙江省纪委监委", EntityType.ORG)));
        Assert.Equal(["浙江省纪委监委驻省交通运输厅纪检监察组 ORG"], Apply("浙江省纪委监委驻省交通运输厅纪检监察组通报。", ("浙江省纪委监委驻省交通运输厅纪检监察组", EntityType.ORG)));
    }
}
