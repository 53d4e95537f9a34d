using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class RegisteredCompaniesTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => RegisteredCompanies.Join(sentence, labels, length), text, tagged);

    [Fact]
    public void A_province_before_a_registered_name_is_part_of_it()
    {
        Assert.Equal(["浙江禾田纺织有限公司 ORG"], Tag("浙江禾田纺织有限公司发布公告。", ("浙江", EntityType.LOC), ("禾田纺织有限公司", EntityType.ORG)));
        Assert.Equal(["上海云杉物流有限责任公司 ORG"], Tag("由上海云杉物流有限责任公司承运。", ("上海", EntityType.LOC), ("云杉物流有限责任公司", EntityType.ORG)));
    }

    [Fact]
    public void A_city_s_company_a_company_of_no_registered_name_or_a_place_apart_is_left_alone()
    {
        // The company opens with its city: the province only locates it.
        Assert.Equal(["广东 LOC", "佛山市禾田纺织有限公司 ORG"],
            Tag("广东佛山市禾田纺织有限公司发布公告。", ("广东", EntityType.LOC), ("佛山市禾田纺织有限公司", EntityType.ORG)));
        Assert.Equal(["浙江 LOC", "禾田纺织 ORG"], Tag("浙江禾田纺织发布公告。", ("浙江", EntityType.LOC), ("禾田纺织", EntityType.ORG)));
        Assert.Equal(["浙江 LOC", "禾田纺织有限公司 ORG"], Tag("浙江的禾田纺织有限公司发布公告。", ("浙江", EntityType.LOC), ("禾田纺织有限公司", EntityType.ORG)));
    }
}
