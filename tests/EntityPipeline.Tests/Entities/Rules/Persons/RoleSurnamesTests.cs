using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Persons;

namespace EntityPipeline.Tests.Entities.Rules.Persons;

public sealed class RoleSurnamesTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => RoleSurnames.Join(t, labels, length), text, tagged);

    [Fact]
    public void A_surname_read_as_a_place_with_the_role_joins_the_name()
    {
        Assert.Equal(["丘明轩 PER"], Apply("本地茶商丘明轩说，新茶卖得快。", ("商丘", EntityType.LOC), ("明轩", EntityType.PER)));
        Assert.Equal(["安晓梅 PER"], Apply("菜农安晓梅每天清早进城。", ("农安", EntityType.LOC), ("晓梅", EntityType.PER)));
    }

    [Fact]
    public void A_surname_that_is_also_a_word_joins_the_name_before_a_verb()
    {
        Assert.Equal(["和春生 PER"], Apply("快递员和春生在山里跑了八年。", ("春生", EntityType.PER)));
        Assert.Equal(["过思远 PER"], Apply("项目负责人过思远说，工期不变。", ("思远", EntityType.PER)));
    }

    [Fact]
    public void Places_and_lists_stay()
    {
        Assert.Equal(["商丘 LOC"], Apply("河南商丘的果园很多。", ("商丘", EntityType.LOC)));
        Assert.Equal(["商丘 LOC", "明远 PER"], Apply("河南商丘明远说。", ("商丘", EntityType.LOC), ("明远", EntityType.PER))); // 南商 is no role
        Assert.Equal(["春生 PER"], Apply("快递员和春生，都来了。", ("春生", EntityType.PER))); // no verb after
    }
}
