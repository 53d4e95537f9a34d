using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Tests.Entities.Rules.Companies;

public sealed class ShortNamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => ShortNames.Tag(t, labels, length), text, tagged);

    [Fact]
    public void A_short_name_given_with_jiancheng_takes_the_full_name_s_type()
    {
        const string full = "江苏青禾材料股份有限公司";
        Assert.Equal([$"{full} ORG", "青禾材料 ORG"], Apply(full + "（以下简称“青禾材料”）公告。", (full, EntityType.ORG)));
        Assert.Equal([$"{full} ORG", "青禾材料 ORG"], Apply(full + "（证券简称：青禾材料，证券代码：600001）", (full, EntityType.ORG)));
        Assert.Equal([$"{full} ORG", "苏禾新材 ORG"], Apply(full + "（以下简称“苏禾新材”）公告。", (full, EntityType.ORG), ("苏禾", EntityType.PER))); // the tagger's part gives way
    }

    [Fact]
    public void Without_a_full_name_before_it_or_a_closing_mark_nothing_is_tagged()
    {
        Assert.Empty(Apply("这项法律简称“财革法”。")); // no organisation or place before it
        Assert.Equal(["江苏青禾材料股份有限公司 ORG"], Apply("江苏青禾材料股份有限公司（以下简称“青禾材料股份有限公司的一个很长的名字”）", ("江苏青禾材料股份有限公司", EntityType.ORG)));
    }
}
