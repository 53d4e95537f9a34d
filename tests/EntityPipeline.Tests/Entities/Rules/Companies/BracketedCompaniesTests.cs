using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class BracketedCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(BracketedCompanies.Join, text, tagged);

    [Fact]
    public void A_city_and_the_untagged_rest_of_its_firm_are_one_organisation()
    {
        Assert.Equal(["临江市城市建设投资控股（集团）有限公司 ORG"],
            Apply("由临江市城市建设投资控股（集团）有限公司出资组建。", ("临江市", EntityType.LOC)));
    }

    [Fact]
    public void A_name_the_tagger_cut_before_the_bracket_is_joined()
    {
        // A foreign city, a business verb right before the bracket, and a company started inside it.
        Assert.Equal(["科隆展览（上海）有限公司 ORG"], Apply("科隆展览（上海）有限公司负责人介绍。", ("科隆", EntityType.LOC), ("上海）有限公司", EntityType.ORG)));
        // A place's short name the tagger left out before the firm it began a word late.
        Assert.Equal(["滨海重工（集团）有限公司 ORG"], Apply("船舶集团旗下滨海重工（集团）有限公司交付新船。", ("重工（集团）有限公司", EntityType.ORG)));
    }

    [Fact]
    public void Relations_roles_and_other_brackets_stay_out()
    {
        // 旗下 and a common noun before a proper name open no name.
        Assert.Equal(["达丰（重庆）电脑有限公司 ORG"], Apply("代工企业达丰（重庆）电脑有限公司扩产。", ("达丰（重庆）电脑有限公司", EntityType.ORG)));
        Assert.Equal(["黑牡丹（集团）股份有限公司 ORG"], Apply("历任黑牡丹（集团）股份有限公司经理。", ("黑牡丹（集团）股份有限公司", EntityType.ORG)));
        // No 公司 after the bracket, or a long aside inside it.
        Assert.Equal(["临江市 LOC"], Apply("临江市建设（集团）大楼落成。", ("临江市", EntityType.LOC)));
        Assert.Equal(["临江市 LOC"], Apply("临江市建设（这是一段很长的说明）有限公司。", ("临江市", EntityType.LOC)));
    }
}
