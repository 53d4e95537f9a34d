using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class RegionSuffixesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RegionSuffixes.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_regions_qu_is_no_part_of_the_place()
    {
        Assert.Equal(["亚太 LOC"], Apply("公司亚太区业务增长。", ("亚太区", EntityType.LOC)));
        Assert.Equal(["中国 LOC"], Apply("他出任中国区总裁。", ("中国区", EntityType.ORG)));
        Assert.Equal(["中东 LOC"], Apply("中东区市场需求旺盛。", ("中东区", EntityType.LOC)));
    }

    [Fact]
    public void A_name_before_the_region_is_an_organisation_of_its_own()
    {
        Assert.Equal(["安永 ORG", "大中华 LOC"], Apply("安永大中华区主管表示。", ("安永大中华区", EntityType.LOC)));
        Assert.Equal(["大连 LOC", "东北 LOC"], Apply("大连东北区的港口很繁忙。", ("大连东北区", EntityType.LOC)));   // a place the gazetteer knows
    }

    [Fact]
    public void Divisions_and_wards_ending_in_qu_stay_whole()
    {
        Assert.Equal(["东京港区 LOC"], Apply("他在东京港区工作。", ("东京港区", EntityType.LOC)));
        Assert.Equal(["浦东新区 LOC"], Apply("他住在浦东新区。", ("浦东新区", EntityType.LOC)));
    }
}
