using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class ProvinceCitiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => ProvinceCities.Split(t, labels, length), text, tagged);

    [Fact]
    public void A_province_abroad_and_its_city_are_two_places()
    {
        Assert.Equal(["科尼亚省 LOC", "埃雷利 LOC"], Apply("救援队抵达科尼亚省埃雷利市区。", ("科尼亚省埃雷利", EntityType.LOC)));
    }

    [Fact]
    public void A_name_of_its_own_after_the_province_keeps_it()
    {
        Assert.Equal(["湖南省博物馆 LOC"], Apply("湖南省博物馆开馆。", ("湖南省博物馆", EntityType.LOC)));
        Assert.Equal(["科尼亚省 LOC"], Apply("科尼亚省发生地震。", ("科尼亚省", EntityType.LOC)));
        Assert.Equal(["省文旅厅 ORG"], Apply("省文旅厅发布。", ("省文旅厅", EntityType.ORG)));
    }
}
