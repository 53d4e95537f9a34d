using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class ContextualCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(ContextualCompanies.Tag, text, tagged);

    [Fact]
    public void A_known_word_before_a_trade_is_a_company_before_what_a_company_does()
    {
        Assert.Equal(["小米汽车 ORG"], Apply("小米汽车计划明年进入欧洲市场。"));
        Assert.Equal(["灵犀动力 ORG"], Apply("灵犀动力成立于2019年。")); // 灵犀/nr
        Assert.Equal(["禾鲸科技 ORG"], Apply("苏州的禾鲸科技日前完成新一轮融资。", ("禾鲸", EntityType.LOC))); // past a word of time; the span inside gives way
        Assert.Equal(["恒瑞医药 ORG"], Apply("恒瑞医药研发负责人说。")); // jieba's one word 恒瑞医药/nz
        Assert.Equal(["驯鹿生物 ORG"], Apply("医院与驯鹿生物合作开展试验。")); // 驯鹿/n
        Assert.Equal(["上海阶梯医疗 ORG"], Apply("由上海阶梯医疗研发。", ("上海", EntityType.LOC))); // with the city it is named with
    }

    [Fact]
    public void A_known_word_before_a_trade_is_a_company_after_a_word_for_one()
    {
        Assert.Equal(["杭州 LOC", "云深处科技 ORG"], Apply("杭州初创企业云深处科技启用新厂房。", ("杭州", EntityType.LOC)));
        Assert.Equal(["杰威尔音乐 ORG"], Apply("据主办方杰威尔音乐说，巡演还将继续。", ("杰威尔", EntityType.PER)));
    }

    [Fact]
    public void Without_such_context_or_before_a_place_or_a_word_of_its_own_it_is_left_alone()
    {
        Assert.Empty(Apply("他喜欢小米汽车。")); // a car as much as a firm
        Assert.Equal(["中国 LOC"], Apply("中国科技发展迅速。", ("中国", EntityType.LOC)));
        Assert.Empty(Apply("公司首席技术官常驻新加坡。")); // 技术 is also what a body has
        Assert.Equal(["中影股份 ORG"], Apply("发行方中影股份表示影片将上映。")); // 方 is a word of its own
    }
}
