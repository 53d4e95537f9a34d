using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class CoastGuardsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply(CoastGuards.Join, text, tagged);

    [Fact]
    public void A_place_and_its_coast_guard_are_one_organisation()
    {
        Assert.Equal(["越南海警 ORG"], Apply("越南海警船只进入该海域。", ("越南", EntityType.LOC)));
        Assert.Equal(["福建海警局 ORG"], Apply("福建海警局开展巡查。", ("福建", EntityType.LOC)));
    }

    [Fact]
    public void A_place_run_into_the_sea_of_the_word_is_the_place_s_coast_guard()
    {
        Assert.Equal(["菲律宾海警 ORG", "仁爱礁 LOC"], Apply("菲律宾海警船只在仁爱礁附近活动。", ("菲律宾海", EntityType.LOC), ("仁爱礁", EntityType.LOC)));
    }

    [Fact]
    public void A_coast_guard_with_no_place_before_it_or_already_covered_stays()
    {
        Assert.Empty(Apply("海警船只在附近海域巡航。"));
        Assert.Equal(["上海 LOC"], Apply("上海警方破获一起案件。", ("上海", EntityType.LOC))); // the 海 of 上海, no 海警
        Assert.Equal(["中国海警舰艇编队 ORG"], Apply("中国海警舰艇编队巡航。", ("中国海警舰艇编队", EntityType.ORG)));
    }
}
