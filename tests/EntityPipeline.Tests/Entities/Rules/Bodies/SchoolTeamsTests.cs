using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class SchoolTeamsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => SchoolTeams.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_school_s_team_is_the_school_alone()
    {
        Assert.Equal(["青湾理工大学 ORG"], Apply("青湾理工大学队获得亚军。", ("青湾理工大学队", EntityType.ORG)));
        Assert.Equal(["云岭师范学院 ORG"], Apply("云岭师范学院战队三战全胜。", ("云岭师范学院战队", EntityType.ORG)));
        Assert.Equal(["南港海洋大学 ORG"], Apply("南港海洋大学联队夺冠。", ("南港海洋大学联队", EntityType.ORG)));
        Assert.Equal(["北岭农业大学 ORG"], Apply("北岭农业大学代表队出场。", ("北岭农业大学代表队", EntityType.ORG)));
    }

    [Fact]
    public void Other_teams_stay_whole()
    {
        Assert.Equal(["青湾蓝鲸队 ORG"], Apply("青湾蓝鲸队主场获胜。", ("青湾蓝鲸队", EntityType.ORG)));
        Assert.Equal(["云岭县代表队 ORG"], Apply("云岭县代表队首战告捷。", ("云岭县代表队", EntityType.ORG)));
        Assert.Equal(["北岭山地救援队 ORG"], Apply("北岭山地救援队连夜进山。", ("北岭山地救援队", EntityType.ORG)));
    }
}
