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

    [Fact]
    public void A_city_or_county_before_a_registered_name_is_part_of_it()
    {
        Assert.Equal(["温州禾田纺织有限公司 ORG"], Tag("温州禾田纺织有限公司发布公告。", ("温州", EntityType.LOC), ("禾田纺织有限公司", EntityType.ORG)));
        Assert.Equal(["临江市禾田纺织有限公司 ORG"], Tag("临江市禾田纺织有限公司发布公告。", ("临江市", EntityType.LOC), ("禾田纺织有限公司", EntityType.ORG)));
        // 一品 is a township's short form too, but opens the brand here.
        Assert.Equal(["温州一品纺织有限公司 ORG"], Tag("温州一品纺织有限公司发布公告。", ("温州", EntityType.LOC), ("一品纺织有限公司", EntityType.ORG)));
    }

    [Fact]
    public void A_city_before_a_name_that_opens_with_its_town_or_a_district_stays_apart()
    {
        Assert.Equal(["临江市 LOC", "柳林镇禾田纺织有限公司 ORG"],
            Tag("临江市柳林镇禾田纺织有限公司发布公告。", ("临江市", EntityType.LOC), ("柳林镇禾田纺织有限公司", EntityType.ORG)));
        Assert.Equal(["鼓楼区 LOC", "禾田纺织有限公司 ORG"], Tag("鼓楼区禾田纺织有限公司发布公告。", ("鼓楼区", EntityType.LOC), ("禾田纺织有限公司", EntityType.ORG)));
    }
}
