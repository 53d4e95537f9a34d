using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class CoordinatedBodiesTests
{
    private static string[] Apply(string text, params (string, EntityType)[] tagged) => LabelRuleHarness.Apply(CoordinatedBodies.Join, text, tagged);

    private const EntityType Loc = EntityType.LOC, Org = EntityType.ORG;

    [Fact]
    public void A_place_two_fields_and_a_body_the_tagger_cut_at_the_conjunction_are_one_organisation()
    {
        Assert.Equal(["杭州市城市管理和综合执法局 ORG"], Apply("杭州市城市管理和综合执法局发布通告。", ("杭州市", Loc), ("综合执法局", Org)));
        Assert.Equal(["挪威贸易和工业部 ORG"], Apply("挪威贸易和工业部发表声明。", ("挪威", Loc), ("工业部", Org)));
        Assert.Equal(["中国音乐与舞蹈协会 ORG"], Apply("中国音乐与舞蹈协会成立。", ("中国", Loc), ("协会", Org))); // the body after a field word
        Assert.Equal(["江州市住房保障和房产局 ORG"], Apply("江州市住房保障和房产局发布通知。", ("江州市", Loc), ("房产局", Org))); // a field's noun and verb
        Assert.Equal(["老挝计划和投资部 ORG"], Apply("老挝计划和投资部部长出席。", ("老挝", Loc))); // a ministry left untagged
    }

    [Fact]
    public void An_organisation_that_ends_in_a_field_takes_the_body_after_the_conjunction()
    {
        Assert.Equal(["江南大学食品与营养研究所 ORG"], Apply("江南大学食品与营养研究所成立。", ("江南大学食品", Org), ("营养研究所", Org)));
    }

    [Fact]
    public void A_field_list_及_and_a_field_jieba_tags_as_a_place_join_too()
    {
        Assert.Equal(["外交部边界与海洋事务司 ORG"], Apply("外交部边界与海洋事务司司长介绍情况。", ("外交部", Org), ("海洋事务司", Org))); // 海洋/ns names no place
        Assert.Equal(["东山大学气候变化与可持续发展研究中心 ORG"],
            Apply("东山大学气候变化与可持续发展研究中心成立。", ("东山大学气候变化", Org), ("发展研究中心", Org))); // 持续/vd
        Assert.Equal(["赞比亚投资、贸易和工业部 ORG"], Apply("赞比亚投资、贸易和工业部发表声明。", ("赞比亚", Loc), ("工业部", Org)));
        Assert.Equal(["南岭大学土地规划及测绘学院 ORG"], Apply("南岭大学土地规划及测绘学院成立。", ("南岭大学", Org), ("测绘学院", Org)));
    }

    [Fact]
    public void Two_bodies_an_actor_and_a_body_or_a_body_with_a_name_of_its_own_stay_apart()
    {
        Assert.Equal(["共青团中央 ORG", "教育部 ORG"], Apply("共青团中央和教育部联合发文。", ("共青团中央", Org), ("教育部", Org)));
        Assert.Equal(["中国 LOC", "美国商务部 ORG"], Apply("中国企业和美国商务部谈判。", ("中国", Loc), ("美国商务部", Org)));
        Assert.Equal(["天津市 LOC", "社区服务中心 ORG"], Apply("天津市居民和社区服务中心座谈。", ("天津市", Loc), ("社区服务中心", Org)));
        Assert.Equal(["上海 LOC", "国家统计局 ORG"], Apply("上海交通和国家统计局合作。", ("上海", Loc), ("国家统计局", Org)));
        Assert.Equal(["中国 LOC", "南宁海关 ORG"], Apply("中国贸易与南宁海关合作。", ("中国", Loc), ("南宁海关", Org))); // 南宁/ns a city
        Assert.Equal(["教育部 ORG", "财政部 ORG", "人社部 ORG"], Apply("教育部、财政部及人社部联合发文。", ("教育部", Org), ("财政部", Org), ("人社部", Org)));
    }

    private static string[] SplitPairs(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(CoordinatedBodies.SplitPairs, text, tagged);

    [Fact]
    public void Two_bodies_run_into_one_over_a_conjunction_are_two()
    {
        Assert.Equal(["国家林业局规划司 ORG", "中国电信集团有限公司 ORG"],
            SplitPairs("国家林业局规划司和中国电信集团有限公司签署协议。", ("国家林业局规划司和中国电信集团有限公司", EntityType.ORG)));
        // After a university, firm or government the second is a body of its own, whatever jieba makes of its first word (说/v).
        Assert.Equal(["临川大学 ORG", "说恩大学 ORG"], SplitPairs("两校项目由临川大学与说恩大学共同管理。", ("临川大学与说恩大学", EntityType.ORG)));
        Assert.Equal(["甲国棋院 ORG", "乙日新闻社 ORG"], SplitPairs("甲国棋院与乙日新闻社联合主办比赛。", ("甲国棋院与乙日新闻社", EntityType.ORG)));
    }

    [Fact]
    public void A_body_of_two_fields_or_a_second_half_with_no_name_stays_one()
    {
        Assert.Equal(["住房和城乡建设部 ORG"], SplitPairs("住房和城乡建设部发布通知。", ("住房和城乡建设部", EntityType.ORG)));
        Assert.Equal(["某国内阁议会和协商会议事务部 ORG"], SplitPairs("某国内阁议会和协商会议事务部发表声明。", ("某国内阁议会和协商会议事务部", EntityType.ORG)));
    }
}
