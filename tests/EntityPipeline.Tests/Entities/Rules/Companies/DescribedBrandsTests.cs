using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class DescribedBrandsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(DescribedBrands.Tag, text, tagged);

    [Fact]
    public void A_word_of_any_kind_between_a_word_for_a_company_and_a_trade_is_a_company()
    {
        Assert.Equal(["启航汽车 ORG"], Apply("新能源车企启航汽车今日公告，交付量创新高。"));
        Assert.Equal(["追光音乐 ORG"], Apply("据主办方追光音乐介绍，门票已经售罄。"));
    }

    [Fact]
    public void Without_a_word_for_a_company_or_before_a_place_or_an_adjective_it_is_left_alone()
    {
        Assert.Empty(Apply("进口汽车今日上市。"));
        Assert.Empty(Apply("这是该公司最大资本。"));
        Assert.Equal(["上海 LOC"], Apply("企业上海汽车今日公告。", ("上海", EntityType.LOC)));
        Assert.Empty(Apply("工厂将为多家车企供应动力电池。"));                       // a verb of trade, no brand
    }
}
