namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// How likely each character is to lie in a span of each type, over every labelling the BIOES grammar allows and not
/// only the best one (forward-backward over the per-character label probabilities, with the decoder's transitions).
/// Where the decoder had to choose between close readings (安徽省 a place, or the start of 安徽省汽车办), these
/// probabilities keep the one it did not choose. Not thread-safe: one per worker.
/// </summary>
public sealed class BioesMarginals
{
    // The labels that may come before and after each label, grouped (BioesLabels.Predecessors): a group's sum is made once.
    private static readonly (int[][] Lists, int[] GroupOf) Before = BioesLabels.Predecessors, After = BioesLabels.Successors;
    private float[] _p = [];
    private float[] _forward = [];
    private float[] _backward = [];

    /// <summary>
    /// Writes into <paramref name="typeProbabilities"/> (n rows of <see cref="BioesLabels.TypeCount"/>) the probability that
    /// each of the n characters whose label log-probabilities are <paramref name="logProbs"/> lies in a span of each type.
    /// </summary>
    public void TypeProbabilities(ReadOnlySpan<float> logProbs, Span<float> typeProbabilities)
    {
        int L = BioesLabels.Count, T = BioesLabels.TypeCount, n = logProbs.Length / L;
        if (typeProbabilities.Length < n * T)
            throw new ArgumentException($"expected room for {n * T} probabilities, got {typeProbabilities.Length}", nameof(typeProbabilities));
        if (n == 0) return;
        if (_p.Length < n * L)
        {
            _p = new float[n * L * 2];
            _forward = new float[n * L * 2];
            _backward = new float[n * L * 2];
        }
        var p = _p.AsSpan(0, n * L);
        for (int k = 0; k < p.Length; k++) p[k] = MathF.Exp(logProbs[k]);

        // Forward and backward in probability space, each step rescaled to sum to 1 (no underflow on long sentences).
        var forward = _forward.AsSpan(0, n * L);
        for (int y = 0; y < L; y++) forward[y] = BioesLabels.CanStart(y) ? p[y] : 0;
        Normalize(forward[..L]);
        Span<float> sums = stackalloc float[Math.Max(Before.Lists.Length, After.Lists.Length)];
        for (int i = 1; i < n; i++)
        {
            var previous = forward.Slice((i - 1) * L, L);
            var current = forward.Slice(i * L, L);
            GroupSums(Before.Lists, previous, sums);
            for (int y = 0; y < L; y++) current[y] = sums[Before.GroupOf[y]] * p[i * L + y];
            Normalize(current);
        }
        var backward = _backward.AsSpan(0, n * L);
        for (int y = 0; y < L; y++) backward[(n - 1) * L + y] = BioesLabels.CanEnd(y) ? 1 : 0;
        Span<float> weighted = stackalloc float[L];
        for (int i = n - 2; i >= 0; i--)
        {
            var next = backward.Slice((i + 1) * L, L);
            var current = backward.Slice(i * L, L);
            for (int y = 0; y < L; y++) weighted[y] = p[(i + 1) * L + y] * next[y];
            GroupSums(After.Lists, weighted, sums);
            for (int q = 0; q < L; q++) current[q] = sums[After.GroupOf[q]];
            Normalize(current);
        }

        for (int i = 0; i < n; i++)
        {
            var row = typeProbabilities.Slice(i * T, T);
            row.Clear();
            float total = 0;
            for (int y = 0; y < L; y++)
            {
                float posterior = forward[i * L + y] * backward[i * L + y];
                total += posterior;
                if (y != BioesLabels.Outside) row[(int)BioesLabels.TypeOf(y)] += posterior;
            }
            for (int t = 0; t < T; t++) row[t] = total > 0 ? row[t] / total : 0;
        }
    }

    /// <summary>Per group, the sum of <paramref name="values"/> over its labels, in label order.</summary>
    private static void GroupSums(int[][] groups, ReadOnlySpan<float> values, Span<float> sums)
    {
        for (int g = 0; g < groups.Length; g++)
        {
            float sum = 0;
            foreach (int q in groups[g]) sum += values[q];
            sums[g] = sum;
        }
    }

    private static void Normalize(Span<float> row)
    {
        float sum = 0;
        foreach (float v in row) sum += v;
        if (sum <= 0) return;
        for (int k = 0; k < row.Length; k++) row[k] /= sum;
    }
}
