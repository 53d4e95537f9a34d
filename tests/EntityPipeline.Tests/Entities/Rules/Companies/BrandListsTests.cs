using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class BrandListsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BrandLists.Tag(t, labels, length), text, tagged);

    [Fact]
    public void Names_listed_before_等_and_a_word_for_brands_are_organisations()
    {
        Assert.Equal(["金六福 ORG", "老庙 ORG", "周福生 ORG"],
            Apply("抽检了金六福、老庙、周福生等品牌的饰品。", ("金六福", EntityType.ORG), ("老庙", EntityType.ORG), ("周福生", EntityType.PER)));
        // A gloss in brackets is an item too; 和 joins the last.
        Assert.Equal(["白立方 ORG", "White Cube ORG", "卓纳 ORG"],
            Apply("白立方（White Cube）和卓纳等画廊参展。", ("白立方", EntityType.PER), ("White Cube", EntityType.PER), ("卓纳", EntityType.PER)));
    }

    [Fact]
    public void People_of_a_brand_and_lists_of_people_stay_people()
    {
        Assert.Equal(["张明 PER", "李华 PER"], Apply("张明、李华等品牌代言人出席。", ("张明", EntityType.PER), ("李华", EntityType.PER)));
        Assert.Equal(["张明 PER", "李华 PER"], Apply("张明、李华等选手晋级。", ("张明", EntityType.PER), ("李华", EntityType.PER)));
    }
}
