using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;

namespace EntityPipeline.Tests.Entities.Rules.Places;

public sealed class LinkingVerbsTests
{
    private static string[] Apply(string text, string tagged, EntityType type) => LabelRuleHarness.Apply(LinkingVerbs.Cut, text, (tagged, type));

    [Fact]
    public void A_linking_verb_ends_the_name_before_it_and_a_named_one_after_it_stays()
    {
        Assert.Equal(["建德市公安局 ORG", "建德蓝天救援队 ORG"], Apply("建德市公安局联合建德蓝天救援队进山搜救。", "建德市公安局联合建德蓝天救援队", EntityType.ORG));
        Assert.Equal(["文化和旅游部 ORG", "公安部 ORG"], Apply("文化和旅游部会同公安部开展检查。", "文化和旅游部会同公安部", EntityType.ORG));
    }

    [Fact]
    public void A_lawsuits_parties_and_a_body_and_the_one_it_sends_staff_to_are_two_names()
    {
        Assert.Equal(["北京甲辰科技有限公司 ORG", "杭州乙巳网络技术有限公司 ORG"],
            Apply("法院审理北京甲辰科技有限公司诉杭州乙巳网络技术有限公司一案。", "北京甲辰科技有限公司诉杭州乙巳网络技术有限公司", EntityType.ORG));
        Assert.Equal(["南京儿童医院 ORG", "和田县人民医院 ORG"],
            Apply("南京儿童医院派驻和田县人民医院的医生已到岗。", "南京儿童医院派驻和田县人民医院", EntityType.ORG));
    }

    [Fact]
    public void What_a_place_does_is_no_name()
    {
        Assert.Equal(["衡阳 LOC"], Apply("省里将在衡阳建设区域医疗中心。", "衡阳建设区域医疗中心", EntityType.ORG));
        Assert.Equal(["宜昌 LOC"], Apply("企业在宜昌布局海外仓储中心。", "宜昌布局海外仓储中心", EntityType.ORG));
    }

    [Fact]
    public void Names_that_hold_the_verb_inside_a_word_or_nothing_whole_before_it_stay()
    {
        Assert.Equal(["中国建设银行 ORG"], Apply("中国建设银行发布公告。", "中国建设银行", EntityType.ORG));
        Assert.Equal(["华泰联合证券 ORG"], Apply("华泰联合证券担任顾问。", "华泰联合证券", EntityType.ORG)); // 华泰 is no mention by itself
    }

    [Fact]
    public void A_body_and_the_one_it_commissions_or_reports_to_are_two_names()
    {
        Assert.Equal(["审计署 ORG"], Apply("审计署通报中央部门预算执行情况。", "审计署通报中央部门", EntityType.ORG));
        Assert.Equal(["宁波海关 ORG", "温州 LOC"], Apply("修复由宁波海关委托温州的一家老企业完成。", "宁波海关委托温州", EntityType.ORG));
        Assert.Equal(["浙江省商务厅 ORG", "商务部 ORG"], Apply("方案由浙江省商务厅报商务部备案。", "浙江省商务厅报商务部", EntityType.ORG));
    }
}
