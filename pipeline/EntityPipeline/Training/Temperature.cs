namespace EntityPipeline.Training;

/// <summary>
/// Temperature scaling (Guo et al. 2017): the one number T that makes softmax(scores / T) the best probability estimate of the
/// gold labels (least mean negative log-likelihood) on sentences the weights were not trained on. A perceptron's scores
/// order labels well but are not probabilities; divided by T they are, so <c>confidence</c> and the second pass's certainty
/// features mean what they say.
/// </summary>
internal static class Temperature
{
    /// <summary>T for the held-out sentences of <paramref name="corpus"/> scored with these weights; null when there are none.</summary>
    public static float? Fit(FeaturizedCorpus corpus, float[] weights, float[] biases, IEnumerable<int> heldOut)
    {
        int L = biases.Length;
        var scores = new List<float>();
        var gold = new List<int>();
        foreach (int s in heldOut)
        {
            var labels = corpus.Labels(s);
            var row = new float[labels.Length * L];
            StructuredPerceptron.Score(corpus.Features(s), corpus.Slots, weights, biases, row);
            scores.AddRange(row);
            foreach (int y in labels) gold.Add(y);
        }
        return gold.Count == 0 ? null : Fit(scores.ToArray(), gold.ToArray(), L);
    }

    /// <summary>T for label <paramref name="scores"/> (rows of <paramref name="labels"/>) of characters whose gold labels are <paramref name="gold"/>; 1 without any.</summary>
    public static float Fit(float[] scores, int[] gold, int labels)
    {
        if (gold.Length == 0) return 1;
        // Golden-section search on log T: the loss is convex in 1/T.
        double lo = Math.Log(0.01), hi = Math.Log(1000), phi = (Math.Sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo), c = lo + phi * (hi - lo);
        double fa = Loss(scores, gold, labels, Math.Exp(a)), fc = Loss(scores, gold, labels, Math.Exp(c));
        for (int k = 0; k < 60; k++)
        {
            if (fa < fc) { hi = c; c = a; fc = fa; a = hi - phi * (hi - lo); fa = Loss(scores, gold, labels, Math.Exp(a)); }
            else { lo = a; a = c; fa = fc; c = lo + phi * (hi - lo); fc = Loss(scores, gold, labels, Math.Exp(c)); }
        }
        return (float)Math.Exp((lo + hi) / 2);
    }

    /// <summary>Mean negative log-likelihood of the gold labels under softmax(scores / t).</summary>
    private static double Loss(float[] scores, int[] gold, int labels, double t)
    {
        double total = 0;
        for (int i = 0; i < gold.Length; i++)
        {
            var row = scores.AsSpan(i * labels, labels);
            double max = double.NegativeInfinity;
            foreach (float s in row) max = Math.Max(max, s / t);
            double sum = 0;
            foreach (float s in row) sum += Math.Exp(s / t - max);
            total += max + Math.Log(sum) - row[gold[i]] / t;
        }
        return total / gold.Length;
    }
}
