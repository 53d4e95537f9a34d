using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.NotNames;

namespace EntityPipeline.Tests.Entities.Rules.NotNames;

public sealed class PlantWordsTests
{
    private static string[] Apply(string text, params (string Text, EntityType Type)[] tagged) =>
        LabelRuleHarness.Apply((t, _, _, labels, length) => PlantWords.Drop(t, labels, length), text, tagged);

    [Fact]
    public void A_fruit_read_as_a_person_is_no_mention()
    {
        Assert.Empty(Apply("山坡上的杨梅熟了。", ("杨梅", EntityType.PER)));
        Assert.Empty(Apply("村里还酿起了杨梅酒。", ("杨梅酒", EntityType.PER)));
    }

    [Fact]
    public void A_person_whose_name_opens_so_stays()
    {
        Assert.Equal(["杨梅芳 PER"], Apply("杨梅芳说，今年收成好。", ("杨梅芳", EntityType.PER)));
        Assert.Equal(["杨梅 LOC"], Apply("杨梅镇的集市", ("杨梅", EntityType.LOC)));
    }
}
