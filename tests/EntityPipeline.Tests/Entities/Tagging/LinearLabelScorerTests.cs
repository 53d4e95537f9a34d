using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

/// <summary>The scorer's half-precision rows: scores as a plain float computation would make them, and weights it refuses.</summary>
public sealed class LinearLabelScorerTests
{
    private const int Labels = 13;

    [Fact]
    public void Log_probabilities_are_the_float_sums_of_the_bias_and_the_rows_in_feature_order()
    {
        // Random halves of every kind (normal, subnormal, negative, ±0, rows of zeros), features repeated and absent.
        var random = new Random(7);
        const int dimension = 512, slots = 40, characters = 200;
        var weights = new Half[dimension * Labels];
        for (int k = 0; k < weights.Length; k++)
            weights[k] = (k / Labels % 5) switch
            {
                0 => (Half)0f,
                1 => BitConverter.UInt16BitsToHalf((ushort)(random.Next(1, 0x400) | (random.Next(2) << 15))), // subnormal
                2 => random.Next(2) == 0 ? (Half)(-0f) : (Half)0f,
                _ => (Half)((random.NextSingle() - 0.5f) * MathF.Pow(2, random.Next(-20, 8))),
            };
        var biases = Enumerable.Range(0, Labels).Select(_ => random.NextSingle() * 4 - 2).ToArray();
        var features = Enumerable.Range(0, characters * slots).Select(_ => random.Next(-1, dimension)).ToArray();

        Assert.Equal(Naive(weights, biases, features, slots), Score(weights, biases, features, slots));
    }

    [Fact]
    public void Every_finite_half_weight_is_widened_exactly()
    {
        var finite = Enumerable.Range(0, 1 << 16).Select(bits => BitConverter.UInt16BitsToHalf((ushort)bits)).Where(Half.IsFinite).ToList();
        var weights = finite.Concat(Enumerable.Repeat((Half)0f, (Labels - finite.Count % Labels) % Labels)).ToArray();
        var features = Enumerable.Range(0, weights.Length / Labels).ToArray(); // one feature a character

        Assert.Equal(Naive(weights, new float[Labels], features, 1), Score(weights, new float[Labels], features, 1));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(1e6f)] // beyond half precision's range: infinite once rounded (a bias of 1e6 is kept)
    public void Weights_that_are_not_finite_in_half_precision_are_refused(float weight)
    {
        var weights = new float[4 * Labels];
        weights[2 * Labels + 5] = weight;
        Assert.Contains("NaN or infinity", Assert.Throws<InvalidDataException>(() => new LinearLabelScorer(weights, new float[Labels])).Message);
        if (!float.IsFinite(weight)) // biases stay float32
            Assert.Contains("NaN or infinity", Assert.Throws<InvalidDataException>(() => new LinearLabelScorer(new float[4 * Labels], [.. new float[Labels - 1], weight])).Message);
    }

    [Fact]
    public void Float_weights_are_held_rounded_to_half_precision()
    {
        float[] weights = [.. Enumerable.Range(0, 3 * Labels).Select(k => 1 + k / 1000f)];
        var scorer = new LinearLabelScorer(weights, new float[Labels]);
        Assert.Equal(weights.Select(w => (float)(Half)w), scorer.Export().Weights);
    }

    private static float[] Score(Half[] weights, float[] biases, int[] features, int slots)
    {
        var scorer = new LinearLabelScorer(weights.Length / Labels, biases, add => add(0, weights));
        var output = new float[features.Length / slots * Labels];
        scorer.LogProbabilities(features, slots, output);
        return output;
    }

    /// <summary>The definition: per character, the bias plus each present feature's weights as floats, in order; then the log-softmax.</summary>
    private static float[] Naive(Half[] weights, float[] biases, int[] features, int slots)
    {
        var output = new float[features.Length / slots * Labels];
        for (int i = 0; i < features.Length / slots; i++)
        {
            var sums = (float[])biases.Clone();
            foreach (int f in features.AsSpan(i * slots, slots))
                if (f >= 0)
                    for (int y = 0; y < Labels; y++) sums[y] += (float)weights[f * Labels + y];
            float max = sums.Max(), total = 0;
            foreach (float s in sums) total += MathF.Exp(s - max);
            float logZ = max + MathF.Log(total);
            for (int y = 0; y < Labels; y++) output[i * Labels + y] = sums[y] - logZ;
        }
        return output;
    }
}
