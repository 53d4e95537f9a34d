using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Latin;

namespace EntityPipeline.Tests.Entities.Rules.Latin;

public sealed class GlossedNamesTests
{
    private static string[] Tag(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((sentence, _, _, labels, length) => GlossedNames.Tag(sentence, labels, length), text, tagged);

    [Fact]
    public void An_untagged_name_before_a_brand_gloss_is_an_organisation()
    {
        Assert.Equal(["蓝鲸云 ORG"], Tag("区里还与蓝鲸云（Bluewhale）合作。"));
        Assert.Equal(["禾木化工 ORG"], Tag("项目投产。禾木化工（Hemuchem）派驻了团队。"));
        Assert.Equal(["星澜阅读 ORG"], Tag("集团旗下的星澜阅读（StarReader）已上线。"));
        Assert.Equal(["青岚 ORG"], Tag("展会上，本土品牌青岚（Qinglan）发布新品。")); // the word that says what it is stays out
    }

    [Fact]
    public void Other_glosses_and_runs_are_left_alone()
    {
        Assert.Empty(Tag("国内生产总值（GDP）增长。")); // an abbreviation: a term as often as a name
        Assert.Empty(Tag("他在网上写博客（blog）。")); // a common word
        Assert.Empty(Tag("位于湖畔的生物医药产业园（BioPark）内。")); // a place
        Assert.Empty(Tag("记者昨天从市里有关部门了解到蓝鲸云（Bluewhale）的情况。")); // no plain start
        Assert.Empty(Tag("2026年星海杯（StarCup）昨天开幕。")); // a year's digits are no plain start
        Assert.Equal(["新加坡 LOC"], Tag("新加坡科技（Sintech）参与投资。", ("新加坡", EntityType.LOC))); // a place before a common word
        Assert.Equal(["蓝鲸云 ORG"], Tag("与蓝鲸云（Bluewhale）合作。", ("蓝鲸云", EntityType.ORG))); // tagged already
    }

    [Fact]
    public void A_brand_of_several_words_glosses_an_organisation_and_a_person_s_name_does_not()
    {
        Assert.Equal(["青禾 ORG"], Tag("集团旗下的青禾（Green Harvest）推出新品。"));
        Assert.Equal(["雪松动力 ORG"], Tag("欧洲厂商雪松动力（Cedar Motors Group）参加了演练。"));
        Assert.Empty(Tag("他与马丁（Anna Martin）会谈。")); // a given name and a surname
        Assert.Empty(Tag("他与马丁（Anna Martin Lee Smith Jones）会谈。")); // more words than a brand's
    }

    [Fact]
    public void A_country_and_its_industry_before_a_gloss_are_the_national_firm()
    {
        Assert.Equal(["芬兰电信 ORG"], Tag("光缆由中国联通和芬兰电信（Finntel）共同投资。", ("芬兰", EntityType.LOC)));
        Assert.Equal(["秘鲁航空 ORG"], Tag("秘鲁航空（Perunair）开通新航线。", ("秘鲁", EntityType.LOC)));
        Assert.Equal(["北京 LOC"], Tag("北京电信（Bjtel）推出套餐。", ("北京", EntityType.LOC))); // a city: not a national firm
        Assert.Equal(["芬兰 LOC"], Tag("芬兰电信业（Finntel）增长。", ("芬兰", EntityType.LOC))); // not the industry's word alone
    }

    [Fact]
    public void A_body_glossed_by_its_abbreviation_is_an_organisation()
    {
        Assert.Equal(["东方发展智库 ORG"], Tag("研讨会由东方研究院（ORI）与东方发展智库（EDT）主办。", ("东方研究院", EntityType.ORG)).Skip(1).ToArray());
        Assert.Equal(["国际竹木研究组织 ORG"], Tag("总部在北京的国际竹木研究组织（IBRO）18日开班。"));
        Assert.Equal(["海洋与气候联盟 ORG"], Tag("会上，海洋与气候联盟（OCRA）发布报告。")); // 与 joins fields inside the name
        Assert.Empty(Tag("国内生产总值（GDP）增长。")); // a term: no body's word
        Assert.Empty(Tag("记者从当地的有关部门和该组织（ABCR）获悉。")); // a generic body, no name before its word
    }
}
