using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Brackets;

namespace EntityPipeline.Tests.Entities.Rules.Brackets;

public sealed class BracketedNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) => LabelRuleHarness.Apply(BracketedNames.Join, text, tagged);

    [Fact]
    public void A_company_started_inside_the_bracket_takes_the_name_before_it()
    {
        Assert.Equal(["新纶科技（香港）有限公司 ORG"], Apply("他加入新纶科技（香港）有限公司。", ("香港）有限公司", EntityType.ORG)));
        Assert.Equal(["ABC（天津）发展有限公司 ORG"], Apply("任ABC（天津）发展有限公司经理。", ("天津）发展有限公司", EntityType.ORG)));
    }

    [Fact]
    public void Two_mentions_cut_at_the_bracket_become_one()
    {
        Assert.Equal(["山东和信会计师事务所（特殊普通合伙）烟台分所 ORG"],
            Apply("就职于山东和信会计师事务所（特殊普通合伙）烟台分所。", ("山东和信会计师事务所", EntityType.ORG), ("特殊普通合伙）烟台分所", EntityType.ORG)));
        Assert.Equal(["长江（湖州）产业合作区 LOC"], Apply("长江（湖州）产业合作区成立。", ("长江", EntityType.LOC), ("产业合作区", EntityType.LOC)));
    }

    [Fact]
    public void Verbs_punctuation_long_asides_and_balanced_spans_are_left_alone()
    {
        Assert.Equal(["香港）有限公司 ORG"], Apply("他说：（香港）有限公司。", ("香港）有限公司", EntityType.ORG))); // nothing named before the bracket
        Assert.Equal(["北京 LOC", "公司 ORG"], Apply("北京（这是一段很长的说明文字）公司。", ("北京", EntityType.LOC), ("公司", EntityType.ORG)));
        Assert.Equal(["上海华谊（集团）公司 ORG"], Apply("上海华谊（集团）公司。", ("上海华谊（集团）公司", EntityType.ORG)));
        Assert.Equal(["有限公司 ORG"], Apply("我们成立了（有限公司）。", ("有限公司", EntityType.ORG))); // no closing bracket unopened
    }

    [Fact]
    public void A_place_after_a_Latin_gloss_stays_apart_from_another_types_name()
    {
        Assert.Equal(["世界航运理事会 ORG", "大中华区 LOC", "林远 PER"],
            Apply("世界航运理事会（WSC）大中华区主任林远说。", ("世界航运理事会", EntityType.ORG), ("大中华区", EntityType.LOC), ("林远", EntityType.PER)));
        Assert.Equal(["星河传媒 ORG", "中国 LOC"], Apply("星河传媒（Galaxy Media）中国区负责人说。", ("星河传媒", EntityType.ORG), ("中国", EntityType.LOC)));
        // One of its type still joins, for the gloss rule to cut (a body's office, a department).
        Assert.Equal(["南太平洋论坛（SPF）秘书处 ORG"], Apply("南太平洋论坛（SPF）秘书处发表声明。", ("南太平洋论坛", EntityType.ORG), ("秘书处", EntityType.ORG)));
        Assert.Equal(["华远集团（Huayuan）北京分公司 ORG"],
            Apply("华远集团（Huayuan）北京分公司成立。", ("华远集团", EntityType.ORG), ("Huayuan）北京分公司", EntityType.ORG)));
    }

    private static string[] Campuses(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => BracketedNames.JoinCampuses(t, labels, length), text, tagged);

    [Fact]
    public void A_university_or_bank_with_its_campus_city_in_brackets_is_one_organisation()
    {
        Assert.Equal(["中国矿业大学（北京） ORG", "林远 PER"],
            Campuses("中国矿业大学（北京）教授林远说。", ("中国矿业大学", EntityType.ORG), ("北京", EntityType.LOC), ("林远", EntityType.PER)));
        Assert.Equal(["华北电力大学（保定） ORG"], Campuses("华北电力大学（保定）学生参赛。", ("华北电力大学", EntityType.ORG))); // the place untagged
        Assert.Equal(["哈工大（威海） ORG"], Campuses("设备由哈工大（威海）研制。", ("哈工大", EntityType.ORG), ("威海", EntityType.LOC)));
    }

    [Fact]
    public void A_short_form_or_another_mention_in_brackets_stays_apart()
    {
        Assert.Equal(["中国汽车工业协会 ORG", "中汽协 ORG"],
            Campuses("中国汽车工业协会（中汽协）发布数据。", ("中国汽车工业协会", EntityType.ORG), ("中汽协", EntityType.ORG)));
        Assert.Equal(["宁川大学 ORG", "北京大学 ORG"], Campuses("宁川大学（北京大学）合作。", ("宁川大学", EntityType.ORG), ("北京大学", EntityType.ORG)));
        Assert.Equal(["星河科技 ORG", "北京 LOC"], Campuses("星河科技（北京）发布。", ("星河科技", EntityType.ORG), ("北京", EntityType.LOC))); // no campus's body
    }
}
