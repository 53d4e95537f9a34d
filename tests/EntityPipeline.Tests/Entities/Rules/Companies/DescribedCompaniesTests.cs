using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class DescribedCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(DescribedCompanies.Tag, text, tagged);

    [Fact]
    public void The_name_after_a_description_is_the_company_and_its_place_a_place()
    {
        Assert.Equal(["杭州 LOC", "灵渡机器人 ORG"], Apply("杭州具身智能初创公司“灵渡机器人”宣布融资。", ("杭州具身智能初创公司", EntityType.ORG)));
        Assert.Equal(["Arm ORG"], Apply("芯片设计公司Arm7月宣布在上海设厂。", ("芯片设计公司", EntityType.ORG)));
        Assert.Equal(["杭州 LOC", "灵犀智元 ORG"], Apply("杭州人工智能公司灵犀智元发布开源大模型。", ("杭州人工智能公司", EntityType.ORG), ("智元", EntityType.PER)));
        Assert.Equal(["杭州 LOC", "深度求索 ORG"], Apply("杭州人工智能公司深度求索21日发布新模型。", ("杭州", EntityType.LOC), ("深度求索", EntityType.ORG)));
    }

    [Fact]
    public void A_company_word_with_no_name_after_it_or_no_description_is_left_alone()
    {
        Assert.Equal(["星河公司 ORG"], Apply("星河公司董事长说。", ("星河公司", EntityType.ORG))); // no common words before 公司
        Assert.Empty(Apply("芯片设计公司董事长说。")); // a title, not a name, after it
        Assert.Empty(Apply("他写有自己经营公司之道的书刊。")); // a verb's object: no noun describes the company
    }

    [Fact]
    public void Other_words_for_a_business_introduce_a_Latin_name()
    {
        Assert.Equal(["德国 LOC", "Kalmex ORG"], Apply("德国化工巨头Kalmex在湛江建设基地。", ("德国化工巨头", EntityType.ORG)));
        Assert.Equal(["瑞典 LOC", "Nordvik ORG"], Apply("瑞典电池制造商Nordvik申请破产保护。", ("Nordvik", EntityType.PER)));
        Assert.Equal(["Shoplane ORG"], Apply("电商平台Shoplane股价大涨。"));
        Assert.Equal(["Brightway ORG"], Apply("数据公司Brightway首席执行官表示。"));
    }

    [Fact]
    public void A_Han_name_after_another_word_for_a_business_or_a_Latin_word_before_a_noun_is_left_alone()
    {
        Assert.Empty(Apply("电商平台淘宝直播间人气高。")); // only 公司 introduces a Han name
        Assert.Empty(Apply("科技公司ESG报告显示。"));        // a modifier, not a name
    }
}
