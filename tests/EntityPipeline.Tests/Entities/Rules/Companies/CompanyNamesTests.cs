using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

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

    [Fact]
    public void An_organisation_stops_before_a_counted_common_noun()
    {
        // Given the tagger ran a name on into 两家公司 (two companies), or tagged a counted noun alone (润百科技 is a coined name before its trade)
        Assert.Equal(["润百科技 ORG", "斯迈森 ORG"], Apply("润百科技和斯迈森两家公司签署了协议。", ("斯迈森两家公司", EntityType.ORG)));
        Assert.Equal(["华为 ORG"], Apply("华为等多家企业参展。", ("华为等多家企业", EntityType.ORG)));
        Assert.Empty(Apply("该公司今年盈利。", ("该公司", EntityType.ORG)));
        // Names with counting characters inside stay whole
        Assert.Equal(["一汽集团 ORG", "五粮液集团 ORG"], Apply("一汽集团和五粮液集团。", ("一汽集团", EntityType.ORG), ("五粮液集团", EntityType.ORG)));
        Assert.Equal(["中国银行 ORG"], Apply("中国银行发布公告。", ("中国银行", EntityType.ORG)));
        // A numbered company and a brand ending in a numeral are names too (MSRA and People's Daily dev hold both)
        Assert.Equal(["北京城建集团一公司 ORG", "恒万公司 ORG"], Apply("北京城建集团一公司和恒万公司。", ("北京城建集团一公司", EntityType.ORG), ("恒万公司", EntityType.ORG)));
    }
}
