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

    private static string[] CutHeads(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(DescribedCompanies.CutHeads, text, tagged);

    [Fact]
    public void A_word_for_a_firm_opens_no_organisation()
    {
        Assert.Equal(["青禾乐 ORG"], CutHeads("园区企业青禾乐董事长说，订单增加了。", ("企业青禾乐", EntityType.ORG)));
        Assert.Equal(["河源镇 LOC", "林家岩茶 ORG"], CutHeads("河源镇茶企林家岩茶负责人说，新茶已上市。", ("河源镇", EntityType.LOC), ("企林家岩茶", EntityType.ORG)));
    }

    [Fact]
    public void A_description_run_into_a_registered_name_leaves_its_places_and_the_name()
    {
        Assert.Equal(["青海 LOC", "河西马记餐饮有限公司 ORG"],
            CutHeads("青海餐饮企业河西马记餐饮有限公司在迪拜开店。", ("青海餐饮企业河西马记餐饮有限公司", EntityType.ORG)));
        Assert.Equal(["浙江 LOC", "嘉兴 LOC", "华芯微电子股份有限公司 ORG"],
            CutHeads("浙江嘉兴封测企业华芯微电子股份有限公司在槟城建厂。", ("浙江嘉兴封测企业华芯微电子股份有限公司", EntityType.ORG)));
    }

    [Fact]
    public void A_body_named_by_a_word_for_firms_stays_whole()
    {
        Assert.Equal(["北京市外企服务公司 ORG"], CutHeads("北京市外企服务公司招聘员工。", ("北京市外企服务公司", EntityType.ORG)));
        Assert.Equal(["星海企业集团 ORG"], CutHeads("星海企业集团宣布扩产。", ("星海企业集团", EntityType.ORG)));
        Assert.Equal(["杭州星海企业（集团）有限公司 ORG"], CutHeads("他曾任杭州星海企业（集团）有限公司副总经理。", ("杭州星海企业（集团）有限公司", EntityType.ORG)));
        Assert.Equal(["中小企业发展银行 ORG"], CutHeads("中小企业发展银行发放贷款。", ("中小企业发展银行", EntityType.ORG)));
        Assert.Equal(["企鹅出版社 ORG"], CutHeads("企鹅出版社发布新书。", ("企鹅出版社", EntityType.ORG)));
    }
}
