using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class LinearLabelScorerTests
{
    private const int Features = 64, Labels = 13, Slots = 6;

    [Fact]
    public void Weights_half_precision_holds_exactly_are_kept_as_half_and_score_the_same_floats()
    {
        var random = new Random(7);
        // Half values of every kind: normal, subnormal (below 2^-14), zero, negative zero; some rows all zero (the shared row).
        var weights = new float[Features * Labels];
        for (int f = 0; f < Features; f++)
            for (int y = 0; y < Labels; y++)
                weights[f * Labels + y] = f % 5 == 0 ? 0f : (float)(Half)((random.NextDouble() - 0.5) * (f % 3 == 0 ? 1e-5 : 8));
        weights[Labels + 2] = -0f;
        float[] biases = [.. Enumerable.Range(0, Labels).Select(y => 0.1f * y - 0.3f)];
        // The same weights but for one row no feature below reads, which half precision cannot hold: kept as floats.
        var floats = (float[])weights.Clone();
        floats[(Features - 1) * Labels] = 0.1f;

        var half = new LinearLabelScorer(weights, biases);
        var single = new LinearLabelScorer(floats, biases);
        Assert.True(half.StoresHalf);
        Assert.False(single.StoresHalf);

        const int chars = 40;
        var features = new int[chars * Slots];
        for (int i = 0; i < features.Length; i++) features[i] = random.Next(5) == 0 ? -1 : random.Next(Features - 1);
        float[] fromHalf = new float[chars * Labels], fromSingle = new float[chars * Labels];
        half.LogProbabilities(features, Slots, fromHalf);
        single.LogProbabilities(features, Slots, fromSingle);
        Assert.Equal(fromSingle.Select(BitConverter.SingleToInt32Bits), fromHalf.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(weights, half.Export().Weights);
    }
}
