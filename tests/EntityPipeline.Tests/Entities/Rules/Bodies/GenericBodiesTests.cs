using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class GenericBodiesTests
{
    [Theory]
    [InlineData("公司去年营收增长", "公司", EntityType.ORG, "")] // a bare word pointing back to the company
    [InlineData("联盟秘书处设在科学城", "联盟秘书处", EntityType.ORG, "")] // the office of the alliance named before
    [InlineData("商会办公室介绍，新标准已发布", "商会办公室", EntityType.ORG, "")]
    [InlineData("协会专家委员会委员说", "协会专家委员会", EntityType.ORG, "")]
    [InlineData("集团技术中心主任表示", "集团技术中心", EntityType.ORG, "")]
    [InlineData("街道办事处工作人员上门", "街道办事处", EntityType.ORG, "街道办事处")] // a word of its own
    [InlineData("星河集团技术中心主任表示", "星河集团技术中心", EntityType.ORG, "星河集团技术中心")] // a named body's department
    [InlineData("交通运输部门加强运输保障", "交通运输部", EntityType.ORG, "")] // the common 部门, not the ministry
    [InlineData("交通运输部门户网站发布通知", "交通运输部", EntityType.ORG, "交通运输部")] // the ministry's portal
    [InlineData("实验室主任表示", "实验室", EntityType.ORG, "")]
    [InlineData("村党支部书记说", "村党支部", EntityType.ORG, "")]
    [InlineData("星河公司去年营收增长", "星河公司", EntityType.ORG, "星河公司")] // a named company
    [InlineData("中心广场上人很多", "中心", EntityType.LOC, "中心")] // a place is another rule's business
    [InlineData("华山医院神经外科团队完成手术", "华山医院神经外科团队", EntityType.ORG, "华山医院神经外科")] // the team is no body of its own
    [InlineData("团队成员说", "团队", EntityType.ORG, "")]
    [InlineData("医学院副院长介绍", "医学院", EntityType.ORG, "")] // the medical school of the university named before
    [InlineData("中国园林学会代表团抵达维也纳", "中国园林学会代表团", EntityType.ORG, "中国园林学会")] // the body's delegation has no name of its own
    [InlineData("省人大常委会执法检查组来到工地", "省人大常委会执法检查组", EntityType.ORG, "省人大常委会")]
    [InlineData("华东师范大学代表队获得冠军", "华东师范大学代表队", EntityType.ORG, "华东师范大学")]
    [InlineData("中国代表团抵达开罗", "中国代表团", EntityType.ORG, "中国代表团")] // after a place, not a body: left alone
    [InlineData("门店负责人说", "门店", EntityType.ORG, "")]
    [InlineData("公司总部位于杭州", "公司总部", EntityType.ORG, "")]
    [InlineData("总领馆提醒游客", "总领馆", EntityType.ORG, "")]
    [InlineData("救援队队长说", "救援队", EntityType.ORG, "")]
    [InlineData("街道工作人员上门", "街道", EntityType.ORG, "")] // the sub-district's office
    [InlineData("村民委员会换届", "村民委员会", EntityType.ORG, "")]
    [InlineData("项目负责人说", "项目", EntityType.ORG, "")]
    [InlineData("双方共建的联合实验室已投用", "联合实验室", EntityType.ORG, "")] // a joint lab of the two named before
    [InlineData("基金会秘书长表示", "基金会", EntityType.ORG, "")] // the foundation named before (MSRA tags no bare 基金会)
    [InlineData("组委会公布了赛程", "组委会", EntityType.ORG, "")] // the organising committee named before (People's Daily tags none bare)
    [InlineData("董事局主席出席", "董事局", EntityType.ORG, "")]
    [InlineData("代表团成员抵达", "代表团", EntityType.ORG, "")]
    [InlineData("财务部经理说", "财务部", EntityType.ORG, "")]
    [InlineData("管理局副局长介绍", "管理局", EntityType.ORG, "")] // the administration named before
    [InlineData("县里设立法律援助工作站", "法律援助工作站", EntityType.ORG, "")]
    [InlineData("一家会计师事务所受到处罚", "会计师事务所", EntityType.ORG, "")]
    [InlineData("宠物医院连锁化", "宠物医院", EntityType.ORG, "")]
    [InlineData("基地负责人说", "基地", EntityType.ORG, "")]
    [InlineData("联系点负责人说", "联系点", EntityType.ORG, "")]
    [InlineData("市民到公证处办理", "公证处", EntityType.ORG, "")]
    [InlineData("青山管理局副局长介绍", "青山管理局", EntityType.ORG, "青山管理局")] // a named one
    [InlineData("督察组组长指出", "督察组", EntityType.ORG, "")]
    [InlineData("商会会长表示", "商会", EntityType.ORG, "")] // the chamber named before
    [InlineData("检查组随后察看了仓库", "检查组", EntityType.ORG, "")]
    [InlineData("代表队教练说", "代表队", EntityType.ORG, "")]
    [InlineData("市人大常委会副主任说", "常委会", EntityType.ORG, "常委会")] // MSRA tags the standing committee bare
    [InlineData("联盟成员单位采购量", "联盟", EntityType.ORG, "联盟")] // the figures' subject for a procurement alliance
    [InlineData("医院派出4支筛查队", "支筛查队", EntityType.ORG, "")] // a counted team the tagger took with its classifier
    [InlineData("两台湾企业", "台湾企业", EntityType.ORG, "台湾企业")] // 台 opens 台湾
    public void A_generic_word_alone_is_no_organisation(string text, string tagged, EntityType type, string kept)
    {
        var labels = new int[text.Length];
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        BioesLabels.Mark(labels, start, start + tagged.Length, type);
        GenericBodies.Drop(text, labels, labels.Length);
        Assert.Equal(kept, string.Concat(BioesLabels.Spans(labels).Select(s => text[s.Start..s.End])));
    }
}
