using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class ResortNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => ResortNames.Join(t, labels, length), text, tagged);

    [Fact]
    public void A_park_named_with_its_city_is_one_place()
    {
        Assert.Equal(["上海青禾乐园 LOC"], Apply("上海青禾乐园新园区开放。", ("上海", EntityType.LOC), ("青禾乐园", EntityType.LOC)));
        Assert.Equal(["深圳青禾欢乐谷 LOC"], Apply("深圳青禾欢乐谷举办灯光节。", ("深圳", EntityType.LOC), ("青禾欢乐谷", EntityType.LOC)));
        Assert.Equal(["香港青禾乐园 LOC"], Apply("香港青禾乐园推出新年门票。", ("香港", EntityType.LOC), ("青禾乐园", EntityType.LOC)));
    }

    [Fact]
    public void A_district_or_province_before_a_park_only_locates_it()
    {
        Assert.Equal(["南湖区 LOC", "青禾乐园 LOC"], Apply("南湖区青禾乐园开园。", ("南湖区", EntityType.LOC), ("青禾乐园", EntityType.LOC)));
        Assert.Equal(["浙江省 LOC", "青禾度假区 LOC"], Apply("浙江省青禾度假区开园。", ("浙江省", EntityType.LOC), ("青禾度假区", EntityType.LOC)));
        // Nor does a place before what is no park.
        Assert.Equal(["上海 LOC", "青禾公园 LOC"], Apply("上海青禾公园开园。", ("上海", EntityType.LOC), ("青禾公园", EntityType.LOC)));
    }
}
