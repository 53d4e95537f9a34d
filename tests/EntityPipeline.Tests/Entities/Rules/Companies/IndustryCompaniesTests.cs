using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class IndustryCompaniesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(IndustryCompanies.Apply, text, tagged);

    [Fact]
    public void A_coined_name_before_its_trade_is_a_company()
    {
        Assert.Equal(["杭州 LOC", "宇树科技 ORG"], Apply("杭州机器人企业宇树科技宣布完成新一轮融资。", ("杭州", EntityType.LOC)));
        Assert.Equal(["长鑫存储 ORG", "合肥 LOC"], Apply("同日，长鑫存储在合肥宣布扩产。", ("合肥", EntityType.LOC)));
        Assert.Equal(["润百科技 ORG"], Apply("润百科技发布公告。"));
        Assert.Equal(["润百科技有限公司 ORG"], Apply("润百科技有限公司发布公告。")); // through the company's own words
        Assert.Equal(["长鑫存储技术有限公司 ORG"], Apply("长鑫存储技术有限公司成立。")); // jieba: 长鑫 存储技术 有限公司
        Assert.Equal(["博泓化工 ORG"], Apply("交易完成后，博泓化工将纳入合并报表。")); // the older trades: 化工, 机电, 精密
        Assert.Equal(["拓岳机电 ORG"], Apply("拓岳机电董事会秘书称，交割预计明年完成。"));
    }

    [Fact]
    public void Trades_of_modern_firms_and_jiebas_unknown_words_around_a_name_are_read()
    {
        Assert.Equal(["蓝箭航天 ORG"], Apply("蓝箭航天副总裁表示。")); // 新材, 航天, 智行, 咖啡 …
        Assert.Equal(["云枢智造 ORG"], Apply("云枢智造宣布完成融资。")); // one unknown word of name and trade
        Assert.Equal(["恒泰冷链 ORG"], Apply("恒泰冷链主要为商超提供冷柜。"));
        Assert.Equal(["甬芯半导体 ORG"], Apply("已向甬芯半导体发放贷款。")); // 向甬芯/x: the preposition stays out
        Assert.Equal(["博纳影业 ORG"], Apply("由博纳影业出品。"));
        Assert.Equal(["澄湖置业 ORG"], Apply("本地房企澄湖置业开发的项目开盘。")); // 房企澄湖/x
        Assert.Empty(Apply("该片由这家影业出品。"));
    }

    [Fact]
    public void Asset_managers_and_battery_makers_are_named_by_their_trade()
    {
        Assert.Equal(["坤嵘资产 ORG"], Apply("参会机构包括坤嵘资产。", ("坤嵘", EntityType.PER)));
        Assert.Equal(["朔澜电池 ORG"], Apply("电芯由朔澜电池供应。"));
        Assert.Empty(Apply("国有资产保值增值。")); // no coined name before the trade
    }

    [Fact]
    public void A_span_the_tagger_found_inside_gives_way_and_one_reaching_outside_stays()
    {
        Assert.Equal(["艺恩数据 ORG"], Apply("艺恩数据预测该片票房。", ("艺恩", EntityType.PER)));
        Assert.Equal(["宇树科技有限公司 ORG"], Apply("宇树科技有限公司宣布融资。", ("宇树科技有限公司", EntityType.ORG)));
    }

    [Fact]
    public void Known_words_and_unknown_words_of_common_text_before_a_trade_are_left_alone()
    {
        Assert.Equal(["中国 LOC"], Apply("中国科技发展迅速。", ("中国", EntityType.LOC))); // 中国 is a dictionary word
        Assert.Empty(Apply("这是银行防范金融风险的需要。")); // jieba's unknown 这是 is no name
        Assert.Empty(Apply("据统计，两大证券交易所的成交额上升。"));
        Assert.Equal(["鄞州 LOC"], Apply("鄞州智能制造产业园开工。", ("鄞州", EntityType.LOC))); // a place's trade
    }

    private static string[] ApplyFirmOnly(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(IndustryCompanies.ApplyFirmOnly, text, tagged);

    [Fact]
    public void A_place_or_common_word_before_a_trade_only_firms_have_is_a_company()
    {
        Assert.Equal(["洞庭重工 ORG"], ApplyFirmOnly("洞庭重工今年交付五艘散货船。", ("洞庭", EntityType.LOC))); // the tagger's place gives way
        Assert.Equal(["黄河药业 ORG"], ApplyFirmOnly("据黄河药业介绍，新厂房已投产。"));
        Assert.Equal(["长城乳业股份有限公司 ORG"], ApplyFirmOnly("长城乳业股份有限公司发布年报。")); // through the company's own words
        Assert.Equal(["青山锂业 ORG"], ApplyFirmOnly("青山锂业的产能翻了一番。"));
        Assert.Equal(["东湖铝业 ORG"], ApplyFirmOnly("东湖铝业的订单排到了明年。")); // the metals, paper, sugar and herds: 铝业, 铜业, 纸业, 牧业 …
        Assert.Equal(["黄河纸业 ORG"], ApplyFirmOnly("黄河纸业新建了一条生产线。"));
    }

    [Fact]
    public void A_body_after_the_trade_or_no_name_before_it_leaves_it_alone()
    {
        Assert.Empty(ApplyFirmOnly("中国药业协会发布报告。")); // an association of the trade
        Assert.Empty(ApplyFirmOnly("这座城市大力发展重工。")); // 发展 is a verb
        Assert.Empty(ApplyFirmOnly("内河船舶数量增加。")); // 船舶 and 矿业 also follow a kind (内河, 海洋): not trades of a firm alone
        Assert.Equal(["南岭科技 ORG"], ApplyFirmOnly("南岭科技发布公告。", ("南岭科技", EntityType.ORG))); // other trades are not this rule's
    }

    [Fact]
    public void A_brand_the_tagger_found_alone_takes_in_its_trade()
    {
        static string[] Extend(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(IndustryCompanies.ExtendTagged, text, tagged);
        Assert.Equal(["永辉超市 ORG"], Extend("进入永辉超市等渠道。", ("永辉", EntityType.ORG)));
        Assert.Equal(["腾讯控股 ORG"], Extend("腾讯控股发布财报。", ("腾讯", EntityType.ORG)));
        Assert.Equal(["统计局 ORG"], Extend("统计局数据显示。", ("统计局", EntityType.ORG))); // a body's data
        Assert.Equal(["中国 LOC"], Extend("中国汽车产业发展迅速。", ("中国", EntityType.LOC))); // a place's trade
    }
}
