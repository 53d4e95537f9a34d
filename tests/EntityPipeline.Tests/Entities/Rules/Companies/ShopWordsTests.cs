using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class ShopWordsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => ShopWords.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_brand_s_shop_is_the_brand()
    {
        Assert.Equal(["星河茶饮 ORG"], Apply("星河茶饮新店开在码头旁。", ("星河茶饮新店", EntityType.LOC)));
        Assert.Equal(["云杉文具 ORG"], Apply("云杉文具主题店同日开业。", ("云杉文具主题店", EntityType.ORG)));
        // A mall's first shops: the mall keeps its type.
        Assert.Equal(["天河城 LOC"], Apply("天河城首店经济提速。", ("天河城首店", EntityType.LOC)));
    }

    [Fact]
    public void Names_ending_as_a_shop_and_flagships_stay()
    {
        Assert.Equal(["板门店 LOC"], Apply("双方在板门店会谈。", ("板门店", EntityType.LOC)));
        Assert.Equal(["星河茶饮旗舰店 ORG"], Apply("星河茶饮旗舰店上线新品。", ("星河茶饮旗舰店", EntityType.ORG)));
        Assert.Equal(["李新店 PER"], Apply("店主李新店说。", ("李新店", EntityType.PER))); // a person
    }
}
