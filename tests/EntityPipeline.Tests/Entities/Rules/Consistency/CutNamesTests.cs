using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Consistency;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Tests.Entities.Rules.Consistency;

public sealed class CutNamesTests
{
    public CutNamesTests() => JiebaResources.EnsureLoaded();

    /// <summary>Each (text, type) as a model mention at the first place its text occurs at or after the previous one.</summary>
    private static List<Mention> Tagged(string text, params (string Text, EntityType Type)[] names)
    {
        var mentions = new List<Mention>();
        int from = 0;
        foreach (var (name, type) in names)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            mentions.Add(new Mention(at, at + name.Length, type, MentionSource.Model, 0.9));
            from = at + name.Length;
        }
        return mentions;
    }

    private static string[] Repaired(string text, params (string, EntityType)[] names) =>
        [.. CutNames.Repair(text, Tagged(text, names)).Select(m => $"{text[m.Start..m.End]} {m.Type} {m.Source}")];

    [Fact]
    public void A_name_cut_short_on_the_left_takes_back_what_another_mention_spells_whole()
    {
        const string text = "记者从芸台市商务局获悉，芸台跨境电商综合试验区去年进出口额增长。";
        Assert.Equal(["芸台市商务局 ORG Model", "芸台跨境电商综合试验区 LOC Rule"],
            Repaired(text, ("芸台市商务局", EntityType.ORG), ("台跨境电商综合试验区", EntityType.LOC)));
    }

    [Fact]
    public void Not_from_a_mention_that_is_itself_run_on_nor_into_a_verb_or_a_covered_character()
    {
        // The other mention follows a verb (乘), so its left edge is no evidence.
        Assert.Equal(["乘甬江快线 LOC Model", "甬江快线 LOC Model"],
            Repaired("旅客乘甬江快线抵达。返程，乘甬江快线离开。", ("乘甬江快线", EntityType.LOC), ("甬江快线", EntityType.LOC)));
        // The character before ends a word begun before it (换乘, 现任), or opens no MSRA entity (驻).
        Assert.Equal(["乘甬江快线 LOC Model", "甬江快线 LOC Model"],
            Repaired("返程，乘甬江快线离开。旅客换乘甬江快线。", ("乘甬江快线", EntityType.LOC), ("甬江快线", EntityType.LOC)));
        Assert.Equal(["任欣达科技公司 ORG Model", "欣达科技 ORG Model"],
            Repaired("任欣达科技公司董事。现任欣达科技监事。", ("任欣达科技公司", EntityType.ORG), ("欣达科技", EntityType.ORG)));
        Assert.Equal(["驻港部队 ORG Model", "港 LOC Model"],
            Repaired("驻港部队举行开放日。部队驻港以来。", ("驻港部队", EntityType.ORG), ("港", EntityType.LOC)));
        // A person is neither repaired nor evidence.
        Assert.Equal(["芸台明 PER Model", "台明 PER Model"], Repaired("芸台明说，芸台明天到。", ("芸台明", EntityType.PER), ("台明", EntityType.PER)));
    }
}
