using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class BodyNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(BodyNames.Join, text, tagged);

    [Fact]
    public void A_body_cut_from_its_place_is_one_organisation()
    {
        Assert.Equal(["四川省发展和改革委员会 ORG"], Apply("四川省发展和改革委员会发布通知。", ("四川省", EntityType.LOC), ("改革委员会", EntityType.ORG)));
        Assert.Equal(["上海市科委 ORG"], Apply("上海市科委发布通知。", ("上海市", EntityType.LOC), ("科委", EntityType.ORG)));
        Assert.Equal(["广东省人力资源和社会保障厅职业能力建设处 ORG"], Apply("广东省人力资源和社会保障厅职业能力建设处介绍。", ("广东省", EntityType.LOC), ("社会保障厅职业能力建设处", EntityType.ORG)));
        Assert.Equal(["武侯区 LOC", "玉林路街道办事处 ORG"], Apply("武侯区玉林路街道办事处介绍。", ("武侯区", EntityType.LOC), ("玉林路街道办事处", EntityType.ORG))); // an office named for where it sits
        Assert.Equal(["江苏省海洋与渔业监察总队 ORG"], Apply("江苏省海洋与渔业监察总队在港口检查。", ("江苏省", EntityType.LOC), ("海洋与渔业监察总队", EntityType.ORG)));
        Assert.Equal(["广州市住房和城乡建设局 ORG"], Apply("广州市住房和城乡建设局发布通知。", ("广州市", EntityType.LOC))); // jieba: 建设局/nt
        Assert.Equal(["东营市自然资源和规划局 ORG"], Apply("东营市自然资源和规划局表示。", ("东营市", EntityType.LOC))); // jieba: 自然资源/l
        // A hospital's department and a university's school join it (E2).
        Assert.Equal(["四川大学华西医院消化内科 ORG"], Apply("患者在四川大学华西医院消化内科接受治疗。", ("四川大学华西医院", EntityType.ORG)));
        Assert.Equal(["南开大学金融系 ORG"], Apply("他毕业于南开大学金融系。", ("南开大学", EntityType.ORG)));
        Assert.Equal(["西岭大学精密仪器系 ORG"], Apply("西岭大学精密仪器系学生参加。", ("西岭大学", EntityType.ORG))); // jieba: 系/v
        Assert.Equal(["科隆大学 ORG"], Apply("科隆大学的科学家说。", ("科隆大学", EntityType.ORG))); // 的 ends it
        // A ministry's department, where jieba reads its name as a verb and 司 (预算/v 司/nr) or the tagger tagged it alone.
        Assert.Equal(["财政部预算司 ORG"], Apply("财政部预算司司长表示。", ("财政部", EntityType.ORG)));
        Assert.Equal(["国家体育总局小球运动管理中心 ORG"], Apply("国家体育总局小球运动管理中心主任说。", ("国家体育总局", EntityType.ORG), ("小球运动管理中心", EntityType.LOC)));
        Assert.Equal(["生态环境部清洁生产促进中心 ORG"], Apply("生态环境部清洁生产促进中心发布报告。", ("生态环境部", EntityType.ORG))); // jieba: 清洁/a
        Assert.Equal(["商务部 ORG"], Apply("商务部新闻发言人说。", ("商务部", EntityType.ORG))); // no department word
        Assert.Equal(["商务部 ORG"], Apply("商务部中心工作。", ("商务部", EntityType.ORG))); // a bare 中心 is no department
        // jieba keeps 四川省人民政府 one word (nt), inside which the tagger ended the place.
        Assert.Equal(["四川省人民政府 ORG", "北京 LOC"], Apply("四川省人民政府在北京举行发布会。", ("四川省", EntityType.LOC), ("北京", EntityType.LOC)));
    }

    [Fact]
    public void An_organisation_ended_inside_its_office_word_runs_to_the_word_s_end()
    {
        Assert.Equal(["汝城县人民政府 ORG"], Apply("汝城县人民政府发布通知。", ("汝城县人民政", EntityType.ORG))); // jieba: 人民政府
        // A county's government by its short name (E4), but not a town's (MSRA: 镇政府 untagged) nor a country's.
        Assert.Equal(["青溪县政府 ORG"], Apply("青溪县政府发布通知。", ("青溪县", EntityType.LOC)));
        Assert.Equal(["三河镇 LOC"], Apply("三河镇政府发布通知。", ("三河镇", EntityType.LOC)));
        Assert.Equal(["中国 LOC"], Apply("中国政府发表声明。", ("中国", EntityType.LOC)));
        Assert.Equal(["市委 ORG"], Apply("市委书记出席会议。", ("市委", EntityType.ORG))); // 书记 is no office
    }

    [Fact]
    public void A_department_cut_from_its_parent_is_one_organisation_with_it()
    {
        Assert.Equal(["国家疾病预防控制局 ORG"], Apply("国家疾病预防控制局发布提示。", ("预防控制局", EntityType.ORG))); // the state's own body
        Assert.Equal(["国家卫生健康委员会妇幼健康司 ORG"], Apply("项目由国家卫生健康委员会妇幼健康司指导。", ("国家卫生健康委员会", EntityType.ORG), ("健康司", EntityType.ORG)));
        Assert.Equal(["交通运输部公路局 ORG"], Apply("交通运输部公路局负责人说。", ("交通运输部", EntityType.ORG)));
        Assert.Equal(["商务部东北区特派员办事处 ORG"], Apply("商务部东北区特派员办事处表示。", ("商务部", EntityType.ORG), ("东北区特派员办事处", EntityType.ORG)));
        // After a verb, a division opens a body of its own
        Assert.Equal(["宿松县纪委监委 ORG", "宿松县农业农村局 ORG"], LabelRuleHarness.Apply(BodyNames.JoinDepartments, "宿松县纪委监委联合宿松县农业农村局开展检查。",
            ("宿松县纪委监委", EntityType.ORG), ("宿松县农业农村局", EntityType.ORG)));
        Assert.Equal(["杭州市委宣传部文艺处 ORG"], Apply("杭州市委宣传部文艺处组织了演出。", ("杭州市委宣传部", EntityType.ORG)));
        // Two bodies joined by 和, and a company after its place (E4), stay apart
        Assert.Equal(["财政部 ORG", "国家税务总局 ORG"], Apply("财政部和国家税务总局联合发文。", ("财政部", EntityType.ORG), ("国家税务总局", EntityType.ORG)));
        Assert.Equal(["江苏 LOC", "宜兴金望电器有限公司 ORG"], Apply("江苏宜兴金望电器有限公司投产。", ("江苏", EntityType.LOC), ("宜兴金望电器有限公司", EntityType.ORG)));
    }

    [Fact]
    public void A_body_the_tagger_left_untagged_after_its_place_is_one_organisation_too()
    {
        Assert.Equal(["四川省发展和改革委员会 ORG"], Apply("四川省发展和改革委员会发布通知。", ("四川省", EntityType.LOC)));
        Assert.Equal(["国家发展和改革委员会 ORG"], Apply("该活动已被国家发展和改革委员会列为淘汰类产业。")); // the state's bodies open with 国家
        Assert.Empty(Apply("国家大局已定。"));
        Assert.Equal(["合肥市人民政府 ORG", "罗平 PER"], Apply("合肥市人民政府副市长罗平出席。", ("合肥市", EntityType.LOC), ("罗平", EntityType.PER))); // E4
        Assert.Equal(["张掖市文化和旅游局 ORG"], Apply("项目与张掖市文化和旅游局合作。", ("张掖市", EntityType.LOC))); // jieba's word 旅游局
        // jieba: 交通运输/j 局已/x, the office's character joined to the next word; a bureau jieba keeps whole comes first
        Assert.Equal(["汝城县交通运输局 ORG"], Apply("汝城县交通运输局已在沿线设置提示。", ("汝城县", EntityType.LOC)));
        Assert.Equal(["安大略省旅游局 ORG"], Apply("安大略省旅游局发布消息。", ("安大略省", EntityType.LOC)));
        // jieba: 人/n 社厅/x, the office's character joined to the short form's last
        Assert.Equal(["广东省人社厅 ORG"], Apply("广东省人社厅表示，今年已受理。", ("广东省", EntityType.LOC)));
        // jieba: 规划/n 局局长/n, the office's character joined to its head's title
        Assert.Equal(["宁波市自然资源和规划局 ORG"], Apply("宁波市自然资源和规划局局长说。", ("宁波市", EntityType.LOC)));
        Assert.Equal(["宁波海关 ORG"], Apply("据宁波海关统计，出口增长。", ("宁波", EntityType.LOC))); // a place's customs (jieba: 海关/ns)
        // Common nouns that end like an office (大局, 歌舞厅) and a body with a division of its own are no body of the place
        Assert.Equal(["中国 LOC"], Apply("这关系到中国发展大局。", ("中国", EntityType.LOC)));
        Assert.Equal(["北京 LOC"], Apply("北京大剧院艺术和歌舞厅。", ("北京", EntityType.LOC)));
        Assert.Equal(["江苏省 LOC"], Apply("江苏省靖江市供电局发布通知。", ("江苏省", EntityType.LOC)));
    }

    [Fact]
    public void A_body_with_a_division_of_its_own_or_a_verb_between_stays_apart()
    {
        Assert.Equal(["江苏省 LOC", "靖江市供电局 ORG"], Apply("江苏省靖江市供电局发布通知。", ("江苏省", EntityType.LOC), ("靖江市供电局", EntityType.ORG)));
        Assert.Equal(["上海 LOC", "环保局 ORG"], Apply("上海成立环保局。", ("上海", EntityType.LOC), ("环保局", EntityType.ORG)));
        Assert.Equal(["上海 LOC", "华为公司 ORG"], Apply("上海华为公司。", ("上海", EntityType.LOC), ("华为公司", EntityType.ORG))); // no office
    }
}
