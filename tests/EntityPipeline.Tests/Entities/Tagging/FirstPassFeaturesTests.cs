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
        stacking.Extract(Text, labels, new byte[Text.Length], new uint[Text.Length], features, stacking.Slots, 0);
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
        var v3 = new FirstPassFeatures(16);
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
    public void A_place_touching_an_organisation_reads_differently_from_a_place_alone()
    {
        // 安徽省 tagged LOC with 汽车办 tagged ORG right after it, against 安徽省 alone: the place's characters see the
        // organisation touching them (so the second pass can learn to join the two), and 主任 sees how far it is.
        var stacking = new FirstPassFeatures(16);
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
        Assert.Throws<ArgumentOutOfRangeException>(() => new FirstPassFeatures(16, version: 4));
    }
}
