using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class QuotedShopsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => QuotedShops.Tag(t, labels, length), text, tagged);

    [Fact]
    public void A_quoted_name_before_a_shop_noun_is_the_shop_and_before_a_mall_noun_a_place()
    {
        Assert.Equal(["青禾面馆 ORG"], Apply("路口的“青禾面馆”门店昨天关门了。"));
        Assert.Equal(["半山书房 ORG"], Apply("一家叫“半山书房”的书店开业。"));
        Assert.Equal(["湖光里 LOC"], Apply("新开的“湖光里”购物中心迎客。", ("湖光", EntityType.LOC)));
    }

    [Fact]
    public void An_empty_quotation_names_nothing() => Assert.Empty(Apply("他说了一句“”就走了。"));

    [Fact]
    public void A_quoted_name_that_ends_in_a_shop_noun_is_the_shop_whoever_opens_it()
    {
        Assert.Equal(["福伯大排档 ORG"], Apply("街角的“福伯大排档”停业两年后重开。", ("福伯", EntityType.PER)));
        Assert.Equal(["老城根甜茶馆 ORG"], Apply("“老城根甜茶馆”已开了三十年。"));
        Assert.Empty(Apply("这里被评为“最美书店”。")); // a title
    }

    [Fact]
    public void A_phrase_a_person_or_a_quotation_without_such_a_noun_is_left_alone()
    {
        Assert.Empty(Apply("山村民宿“一房难求”，游客排队。")); // a headline's phrase after a noun
        Assert.Empty(Apply("他说“太好吃了”店里人很多。")); // 店里 is no shop noun
        Assert.Equal(["王芳 PER"], Apply("“王芳”店主说。", ("王芳", EntityType.PER)));
        Assert.Empty(Apply("“2号”门店关门。")); // digits: no shop's name
    }
}
