using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class GenericPlacesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => GenericPlaces.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_word_for_a_kind_of_place_is_no_place()
    {
        Assert.Empty(Apply("城中村改造有序推进。", ("城中村", EntityType.LOC)));
        Assert.Equal(["石井村 LOC"], Apply("石井村城中村改造启动。", ("石井村城中村", EntityType.LOC)));
        // A shopping area, a block or a hotel strip after a named place is no name of its own.
        Assert.Equal(["春熙路 LOC"], Apply("春熙路商圈客流回升。", ("春熙路商圈", EntityType.LOC)));
        Assert.Equal(["三坊七巷 LOC"], Apply("游客涌入三坊七巷街区。", ("三坊七巷街区", EntityType.LOC)));
        Assert.Equal(["金光大道 LOC"], Apply("金光大道酒店区的客房已满。", ("金光大道酒店区", EntityType.LOC)));
    }

    [Fact]
    public void A_kind_of_facility_tagged_alone_is_no_place_but_a_named_one_stays()
    {
        Assert.Empty(Apply("当地滑雪场于11月中旬陆续开板。", ("滑雪场", EntityType.LOC)));
        Assert.Empty(Apply("该景区日均接待游客2万人次。", ("景区", EntityType.LOC)));
        Assert.Empty(Apply("产业园已入驻企业40家。", ("产业园", EntityType.LOC)));
        Assert.Empty(Apply("基站将向无人区延伸。", ("无人区", EntityType.LOC)));
        Assert.Empty(Apply("金库位于机场附近。", ("金库", EntityType.LOC)));
        Assert.Empty(Apply("马场技术员说，马匹已登记。", ("马场", EntityType.LOC)));
        Assert.Equal(["万龙滑雪场 LOC"], Apply("万龙滑雪场今天开板。", ("万龙滑雪场", EntityType.LOC)));
        // MSRA tags 博物馆 alone where it stands for a named one: left to the tagger.
        Assert.Equal(["博物馆 LOC"], Apply("博物馆今天开放。", ("博物馆", EntityType.LOC)));
    }

    [Fact]
    public void Other_places_stay()
    {
        Assert.Equal(["石井村 LOC"], Apply("石井村的改造启动。", ("石井村", EntityType.LOC)));
        Assert.Equal(["城中村 ORG"], Apply("城中村工作组进驻。", ("城中村", EntityType.ORG))); // not a place
    }
}
