using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class ListedFacilitiesTests
{
    private static string[] Apply(string text, string tagged) => LabelRuleHarness.Apply(ListedFacilities.Split, text, (tagged, EntityType.LOC));

    [Fact]
    public void A_listed_place_before_a_facility_with_a_name_of_its_own_is_a_place_of_its_own()
    {
        Assert.Equal(["柏林 LOC", "爱乐大厅 LOC"], Apply("合唱团在柏林爱乐大厅演出。", "柏林爱乐大厅"));
    }

    [Fact]
    public void A_facility_named_by_its_city_and_common_words_keeps_it()
    {
        Assert.Equal(["曼谷国际会展中心 LOC"], Apply("展会在曼谷国际会展中心举行。", "曼谷国际会展中心"));
    }
}
