using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;

namespace EntityPipeline.Tests.Entities.Rules.Bodies;

public sealed class SessionBodiesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => SessionBodies.Cut(t, labels, length), text, tagged);

    [Fact]
    public void A_congress_s_term_number_is_no_part_of_its_body()
    {
        Assert.Equal(["全国人大 ORG"], Apply("十三届全国人大二次会议闭幕。", ("十三届全国人大", EntityType.ORG)));
        Assert.Equal(["全国政协常委会 ORG"], Apply("第十二届全国政协常委会召开。", ("第十二届全国政协常委会", EntityType.ORG)));
        // Arabic and full-width numerals count too.
        Assert.Equal(["人大 ORG"], Apply("在12届人大会议上。", ("12届人大", EntityType.ORG)));
    }

    [Fact]
    public void A_place_before_the_number_is_a_place_and_any_other_word_nothing()
    {
        Assert.Equal(["江西省 LOC", "人大 ORG"], Apply("江西省十三届人大五次会议开幕。", ("江西省十三届人大", EntityType.ORG)));
        Assert.Equal(["人大 ORG"], Apply("省十三届人大五次会议开幕。", ("省十三届人大", EntityType.ORG)));
    }

    [Fact]
    public void Other_organisations_with_a_term_stay_whole()
    {
        // A board's term is not the rule's: only congresses and their committees.
        Assert.Equal(["第三届董事会 ORG"], Apply("公司第三届董事会决议。", ("第三届董事会", EntityType.ORG)));
        // 届 without a number before it.
        Assert.Equal(["本届人大 ORG"], Apply("本届人大代表。", ("本届人大", EntityType.ORG)));
    }
}
