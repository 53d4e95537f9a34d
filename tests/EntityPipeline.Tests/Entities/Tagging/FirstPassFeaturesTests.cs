using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class FirstPassFeaturesTests
{
    private const string Text = "安徽省汽车办主任";

    private static byte[] Labels(params (int Start, int End, EntityType Type)[] spans)
    {
        var labels = new int[Text.Length];
        BioesLabels.Encode(spans, labels);
        return [.. labels.Select(y => (byte)y)];
    }

    private static int[] Extract(FirstPassFeatures stacking, byte[] labels)
    {
        var features = new int[Text.Length * stacking.Slots];
        stacking.Extract(Text, labels, new byte[Text.Length], new byte[Text.Length], new uint[Text.Length], features, stacking.Slots, 0);
        return features;
    }

    private static int[] Row(int[] features, int slots, int i) => features[(i * slots)..((i + 1) * slots)];

    [Fact]
    public void Version_3_appends_the_neighbouring_spans_to_version_2s_features()
    {
        // Models trained with version 2 keep tagging as they were trained: version 3 adds slots after them, and only
        // mends what version 2 gave the characters after the last span (主任): span features of a span that is not there.
        var labels = Labels((0, 3, EntityType.LOC), (3, 6, EntityType.ORG));
        var v2 = new FirstPassFeatures(16, version: 2);
        var v3 = new FirstPassFeatures(16, version: 3);
        Assert.Equal(12, v2.Slots);
        Assert.Equal(15, v3.Slots);
        var old = Extract(v2, labels);
        var current = Extract(v3, labels);
        for (int i = 0; i < 6; i++)
            Assert.Equal(Row(old, v2.Slots, i), Row(current, v3.Slots, i)[..v2.Slots]);
        for (int i = 6; i < Text.Length; i++)
        {
            Assert.Equal(Row(old, v2.Slots, i)[..10], Row(current, v3.Slots, i)[..10]);
            Assert.True(Row(old, v2.Slots, i)[10] >= 0);
            Assert.Equal([-1, -1], Row(current, v3.Slots, i)[10..12]);
        }
    }

    [Fact]
    public void Version_4_appends_the_type_probabilities_and_lists_to_version_3s_features()
    {
        var labels = Labels((0, 3, EntityType.LOC), (3, 6, EntityType.ORG));
        var v3 = new FirstPassFeatures(16, version: 3);
        var v4 = new FirstPassFeatures(16, version: 4);
        Assert.True(v4.ReadsTypeProbabilities);
        Assert.False(v3.ReadsTypeProbabilities);
        Assert.Equal(17 + BioesLabels.TypeCount, v4.Slots); // the type probabilities and the 、-list
        var old = Extract(v3, labels);
        var current = Extract(v4, labels);
        for (int i = 0; i < Text.Length; i++)
            Assert.Equal(Row(old, v3.Slots, i), Row(current, v4.Slots, i)[..v3.Slots]);
    }

    [Fact]
    public void Characters_the_first_pass_doubted_read_differently_from_characters_it_was_sure_of()
    {
        // The same labels, but 安 was 60% likely to open an organisation: its type-probability features differ.
        var stacking = new FirstPassFeatures(16);
        var labels = Labels((0, 3, EntityType.LOC), (3, 6, EntityType.ORG));
        var sure = new byte[Text.Length];
        var doubted = new byte[Text.Length];
        doubted[0] = (byte)(FirstPassFeatures.Bin(0.6f) * 25); // packed base 5: PER, LOC, ORG from the lowest digit
        var a = new int[Text.Length * stacking.Slots];
        var b = new int[Text.Length * stacking.Slots];
        stacking.Extract(Text, labels, new byte[Text.Length], sure, new uint[Text.Length], a, stacking.Slots, 0);
        stacking.Extract(Text, labels, new byte[Text.Length], doubted, new uint[Text.Length], b, stacking.Slots, 0);
        Assert.NotEqual(Row(a, stacking.Slots, 0), Row(b, stacking.Slots, 0));
        Assert.Equal(Row(a, stacking.Slots, 1), Row(b, stacking.Slots, 1));
    }

    [Fact]
    public void A_place_touching_an_organisation_reads_differently_from_a_place_alone()
    {
        // 安徽省 tagged LOC with 汽车办 tagged ORG right after it, against 安徽省 alone: the place's characters see the
        // organisation touching them (so the second pass can learn to join the two), and 主任 sees how far it is.
        var stacking = new FirstPassFeatures(16, version: 3);
        var touching = Extract(stacking, Labels((0, 3, EntityType.LOC), (3, 6, EntityType.ORG)));
        var alone = Extract(stacking, Labels((0, 3, EntityType.LOC)));
        int slots = stacking.Slots;
        Assert.Equal(Row(alone, slots, 0)[..12], Row(touching, slots, 0)[..12]); // 安: the labels within two characters are the same
        for (int i = 0; i < 3; i++)
            Assert.NotEqual(Row(alone, slots, i)[12], Row(touching, slots, i)[12]);
        Assert.True(Row(touching, slots, 6)[12] < 0); // 主 is in no span
        Assert.NotEqual(Row(alone, slots, 6)[13], Row(touching, slots, 6)[13]); // the span before it: LOC three away, or ORG touching
    }

    [Fact]
    public void Unknown_feature_versions_are_refused()
    {
        Assert.False(FirstPassFeatures.Supports(1));
        Assert.False(FirstPassFeatures.Supports(FirstPassFeatures.Version + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FirstPassFeatures(16, version: FirstPassFeatures.Version + 1));
    }
}
