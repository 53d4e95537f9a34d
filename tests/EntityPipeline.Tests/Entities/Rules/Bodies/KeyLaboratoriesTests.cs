using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class KeyLaboratoriesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(KeyLaboratories.Join, text, tagged);

    [Fact]
    public void A_laboratory_s_kind_takes_its_field_and_host()
    {
        Assert.Equal(["海洋环境科学国家重点实验室 ORG"], Apply("海洋环境科学国家重点实验室主任介绍了成果。", ("国家重点实验室", EntityType.ORG)));
        Assert.Equal(["江南大学食品科学与技术国家重点实验室 ORG"],
            Apply("样品送往江南大学食品科学与技术国家重点实验室检测。", ("江南大学", EntityType.ORG), ("国家重点实验室", EntityType.ORG)));
    }

    [Fact]
    public void A_kind_with_no_field_before_it_is_left()
    {
        Assert.Equal(["国家重点实验室 ORG"], Apply("该校拥有3个国家重点实验室。", ("国家重点实验室", EntityType.ORG)));
        Assert.Equal(["国家重点实验室 ORG"], Apply("他参观了国家重点实验室。", ("国家重点实验室", EntityType.ORG)));
        Assert.Equal(["北京 LOC", "国家重点实验室 ORG"], Apply("北京国家重点实验室名单公布。", ("北京", EntityType.LOC), ("国家重点实验室", EntityType.ORG)));
    }
}
