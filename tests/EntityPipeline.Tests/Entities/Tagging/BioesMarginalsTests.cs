using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class BioesMarginalsTests
{
    [Fact]
    public void Type_probabilities_match_a_sum_over_every_valid_labelling()
    {
        // Given random label probabilities for four characters, the forward-backward result equals the brute-force sum,
        // over all 13^4 label sequences the BIOES grammar allows, of each sequence's probability.
        int L = BioesLabels.Count, T = BioesLabels.TypeCount, n = 4;
        var random = new Random(7);
        var logProbs = new float[n * L];
        for (int i = 0; i < n; i++)
        {
            var row = Enumerable.Range(0, L).Select(_ => random.NextDouble() + 0.05).ToArray();
            double sum = row.Sum();
            for (int y = 0; y < L; y++) logProbs[i * L + y] = (float)Math.Log(row[y] / sum);
        }

        var expected = new double[n * T];
        double total = 0;
        var labels = new int[n];
        for (int code = 0; code < (int)Math.Pow(L, n); code++)
        {
            for (int i = 0, c = code; i < n; i++, c /= L) labels[i] = c % L;
            if (!BioesLabels.CanStart(labels[0]) || !BioesLabels.CanEnd(labels[n - 1])) continue;
            bool valid = true;
            for (int i = 1; i < n && valid; i++) valid = BioesLabels.CanFollow(labels[i - 1], labels[i]);
            if (!valid) continue;
            double p = Math.Exp(Enumerable.Range(0, n).Sum(i => (double)logProbs[i * L + labels[i]]));
            total += p;
            for (int i = 0; i < n; i++)
                if (labels[i] != BioesLabels.Outside) expected[i * T + (int)BioesLabels.TypeOf(labels[i])] += p;
        }

        var actual = new float[n * T];
        new BioesMarginals().TypeProbabilities(logProbs, actual);
        for (int k = 0; k < n * T; k++)
            Assert.Equal(expected[k] / total, actual[k], 4);
    }

    [Fact]
    public void A_single_character_can_only_be_outside_or_a_single_character_span()
    {
        // One character: B, I and E are impossible, so its type probability is its S probability renormalized with O's.
        int L = BioesLabels.Count;
        var logProbs = Enumerable.Repeat(MathF.Log(1f / L), L).ToArray();
        var actual = new float[BioesLabels.TypeCount];
        new BioesMarginals().TypeProbabilities(logProbs, actual);
        foreach (float p in actual) Assert.Equal(1f / (1 + BioesLabels.TypeCount), p, 5);
    }

    [Fact]
    public void Type_bins_pack_each_types_bin_into_one_byte()
    {
        // One character, sure to be a one-character ORG: PER and LOC fall in the lowest bin, ORG in the highest.
        int L = BioesLabels.Count;
        var logProbs = Enumerable.Repeat(-30f, L).ToArray();
        logProbs[BioesLabels.Label(Documents.EntityType.ORG, BioesLabels.S)] = 0;
        var bins = new byte[1];
        FirstPassFeatures.TypeBins(new BioesMarginals(), logProbs, new float[BioesLabels.TypeCount], bins);
        Assert.Equal(4 * 25, bins[0]);
    }
}
