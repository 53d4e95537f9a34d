using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class ProductNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(ProductNames.Apply, text, tagged);

    [Fact]
    public void The_company_in_a_product_named_after_it_is_an_organisation()
    {
        // Untagged, run on into the product, or typed otherwise: the company alone, an organisation
        Assert.Equal(["新浪 ORG"], Apply("我刚更新了新浪微博客户端。"));
        Assert.Equal(["新浪 ORG"], Apply("你们都能收到新浪微博发出的红包。", ("新浪微博", EntityType.ORG)));
        Assert.Equal(["小米 ORG", "华为 ORG"], Apply("小米手机和华为手机都在涨价。", ("小米", EntityType.PER)));
        Assert.Equal(["百度 ORG"], Apply("用百度地图查一下路线。", ("百度地图", EntityType.LOC)));
        // A channel in a dateline is the desk that reports: one organisation, without 讯.
        Assert.Equal(["新浪体育 ORG"], Apply("新浪体育讯 今晚的比赛", ("新浪", EntityType.ORG)));
        Assert.Equal(["新浪娱乐 ORG"], Apply("新浪娱乐讯 电影首映", ("新浪娱乐讯", EntityType.ORG)));
    }

    [Fact]
    public void Names_that_are_no_company_or_run_on_into_a_body_are_left_alone()
    {
        Assert.Empty(Apply("今天喝了小米粥。")); // no product word after it
        Assert.Empty(Apply("他重新浪费了手机。")); // 新浪 does not start a word
        Assert.Equal(["北京 LOC"], Apply("北京新闻联播。", ("北京", EntityType.LOC))); // a place, not the dictionary's organisation
        Assert.Empty(Apply("学生每天校内体育锻炼一小时。")); // jieba's place word 校内/s, not the dictionary's old site name
        // An organisation that ends in a body's word is named after the product and stays whole
        Assert.Equal(["新浪娱乐台 ORG"], Apply("新浪娱乐台报道。", ("新浪娱乐台", EntityType.ORG)));
        // A news outlet the project lists, named after its firm, is no product and stays whole
        Assert.Equal(["央视新闻 ORG", "腾讯新闻 ORG"], Apply("央视新闻和腾讯新闻推送了消息。", ("央视新闻", EntityType.ORG), ("腾讯新闻", EntityType.ORG)));
        Assert.Equal(["华为 ORG"], Apply("华为手机降价了。", ("华为手机", EntityType.ORG))); // a product, which no list holds, is still cut
        // A span that starts before the name is the tagger's decision
        Assert.Equal(["上海新浪 ORG"], Apply("上海新浪微博。", ("上海新浪", EntityType.ORG)));
    }
}
