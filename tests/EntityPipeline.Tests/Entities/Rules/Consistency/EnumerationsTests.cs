using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Consistency;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Rules.Consistency;

public sealed class EnumerationsTests
{
    private static uint[] Codes(string text, params (int Start, int End, EntityType Type)[] spans)
    {
        var labels = new int[text.Length];
        BioesLabels.Encode(spans, labels);
        var codes = new uint[text.Length];
        Enumerations.Codes(text, [.. labels.Select(y => (byte)y)], codes);
        return codes;
    }

    private static uint Code(EntityType? majority, int share) => (uint)(1 + 4 * (majority is { } t ? (int)t + 1 : 0) + share);

    [Fact]
    public void Every_item_of_a_list_reads_what_most_items_were_tagged()
    {
        // 经过句容、金坛、武进、江阴。 — three of the four items (the first carries 经过, so it is not one span) are places.
        const string text = "经过句容、金坛、武进、江阴。";
        var codes = Codes(text, (2, 4, EntityType.LOC), (5, 7, EntityType.LOC), (11, 13, EntityType.LOC));
        uint expected = Code(EntityType.LOC, share: 1);
        for (int i = 0; i < 13; i++)
            Assert.Equal(text[i] == '、' ? 0u : expected, codes[i]);
        Assert.Equal(0u, codes[13]); // the full stop
    }

    [Fact]
    public void A_list_tagged_whole_reads_all_and_text_outside_lists_reads_nothing()
    {
        const string text = "他说，张三、李四都来了";
        var codes = Codes(text, (3, 5, EntityType.PER), (6, 8, EntityType.PER));
        Assert.All(codes[..3], c => Assert.Equal(0u, c));
        Assert.Equal(Code(EntityType.PER, share: 1), codes[3]); // 李四都来了 is an item too, not one span: two of three
        Assert.Equal(0u, codes[5]);

        var whole = Codes("苏、浙、皖", (0, 1, EntityType.LOC), (2, 3, EntityType.LOC), (4, 5, EntityType.LOC));
        Assert.Equal(Code(EntityType.LOC, share: 2), whole[0]);
        Assert.All(Codes("北京，上海"), c => Assert.Equal(0u, c));
    }
}
