using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class CompanyNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(CompanyNames.Apply, text, tagged);

    [Fact]
    public void A_name_before_company_words_is_a_company()
    {
        Assert.Equal(["斯迈森科技有限公司 ORG"], Apply("斯迈森科技有限公司发布了新品。", ("斯迈森", EntityType.PER)));
        Assert.Equal(["阿里巴巴集团 ORG"], Apply("阿里巴巴集团发布了财报。")); // jieba's foreign-name tag (nrt)
    }

    [Fact]
    public void Common_nouns_places_and_phrases_without_a_company_ending_are_left_alone()
    {
        Assert.Empty(Apply("该公司和子公司都在。"));
        Assert.Equal(["中国 LOC"], Apply("中国科技集团发布。", ("中国", EntityType.LOC)));
        Assert.Equal(["邓小平 PER"], Apply("邓小平科技思想。", ("邓小平", EntityType.PER)));
    }
}
