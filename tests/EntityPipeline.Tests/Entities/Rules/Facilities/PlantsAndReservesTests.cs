using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;

namespace EntityPipeline.Tests.Entities.Rules.Facilities;

public sealed class PlantsAndReservesTests
{
    private static string[] Extend(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(FacilityNames.Extend, text, tagged);

    private static string[] Retype(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => PlantsAndReserves.Retype(t, labels, length), text, tagged);

    [Fact]
    public void A_place_runs_through_the_head_of_its_reserve_or_plant()
    {
        Assert.Equal(["白鹭洲国家级自然保护区 LOC"], Extend("白鹭洲国家级自然保护区新添两种鸟。", ("白鹭洲", EntityType.LOC)));
        Assert.Equal(["石门水利枢纽 LOC"], Extend("石门水利枢纽开闸泄洪。", ("石门", EntityType.LOC)));
        Assert.Equal(["龙岬风电场 LOC"], Extend("龙岬风电场并网发电。", ("龙岬", EntityType.LOC)));
    }

    [Fact]
    public void A_plant_typed_an_organisation_is_a_place()
    {
        Assert.Equal(["东滩核电站 LOC"], Retype("东滩核电站三号机组投运。", ("东滩核电站", EntityType.ORG)));
        Assert.Equal(["河口第二电厂 LOC"], Retype("河口第二电厂完成改造。", ("河口第二电厂", EntityType.ORG)));
        // Bodies that run plants stay organisations.
        Assert.Equal(["南岭电力公司 ORG"], Retype("南岭电力公司的电站投运。", ("南岭电力公司", EntityType.ORG)));
    }

    [Fact]
    public void A_base_typed_an_organisation_is_a_place()
    {
        Assert.Equal(["河西煤化工基地 LOC"], Retype("自治区对河西煤化工基地开展安全检查。", ("河西煤化工基地", EntityType.ORG)));
        Assert.Equal(["天文台南山观测基地 LOC"], Retype("天文台南山观测基地发布新星表。", ("天文台南山观测基地", EntityType.ORG)));
        Assert.Equal(["星驰汽车襄州基地 LOC"], Retype("星驰汽车襄州基地今年产量翻番。", ("星驰汽车襄州基地", EntityType.ORG)));
        // A research base is an institute, as MSRA tags it; a base word alone is no name.
        Assert.Equal(["东湖水生生物研究基地 ORG"], Retype("东湖水生生物研究基地培育了新品种。", ("东湖水生生物研究基地", EntityType.ORG)));
        Assert.Equal(["新基地 ORG"], Retype("新基地年底投用。", ("新基地", EntityType.ORG)));
    }
}
