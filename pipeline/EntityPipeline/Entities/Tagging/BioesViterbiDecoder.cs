namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Finds the best label sequence under the BIOES grammar from per-character label log-probabilities:
/// only valid transitions are allowed (a span never opens without closing, nor changes type), so every
/// decoded sequence reads as whole spans. Transitions carry no learned score: measured on MSRA, learned
/// transition probabilities lowered F1 (NER-CALIBRATION.md). Not thread-safe: one per worker.
/// </summary>
public sealed class BioesViterbiDecoder
{
    private static readonly int[][] Predecessors = BioesLabels.Predecessors.Lists;
    private static readonly int[] GroupOf = BioesLabels.Predecessors.GroupOf;
    private float[] _best = [];
    private int[] _back = [];

    /// <summary>
    /// Decodes <paramref name="logProbs"/> (n rows of <see cref="BioesLabels.Count"/> scores, row-major) into
    /// <paramref name="labels"/> (n entries).
    /// </summary>
    public void Decode(ReadOnlySpan<float> logProbs, Span<int> labels)
    {
        int L = BioesLabels.Count, n = labels.Length;
        if (logProbs.Length != n * L)
            throw new ArgumentException($"expected {n * L} scores for {n} characters, got {logProbs.Length}", nameof(logProbs));
        if (n == 0) return;
        if (_best.Length < n * L)
        {
            _best = new float[n * L * 2];
            _back = new int[n * L * 2];
        }
        var best = _best.AsSpan(0, n * L);
        var back = _back.AsSpan(0, n * L);

        for (int y = 0; y < L; y++)
            best[y] = BioesLabels.CanStart(y) ? logProbs[y] : float.NegativeInfinity;
        int groups = Predecessors.Length;
        Span<float> tops = stackalloc float[groups];
        Span<int> args = stackalloc int[groups];
        for (int i = 1; i < n; i++)
        {
            int row = i * L, prev = row - L;
            for (int g = 0; g < groups; g++)
            {
                // Once per group of labels that follow the same ones; the first of equal scores, in label order.
                float top = float.NegativeInfinity;
                int arg = 0;
                foreach (int p in Predecessors[g])
                {
                    float s = best[prev + p];
                    if (s > top) { top = s; arg = p; }
                }
                tops[g] = top;
                args[g] = arg;
            }
            for (int y = 0; y < L; y++)
            {
                best[row + y] = tops[GroupOf[y]] + logProbs[row + y];
                back[row + y] = args[GroupOf[y]];
            }
        }
        int last = (n - 1) * L, end = 0;
        float endScore = float.NegativeInfinity;
        for (int y = 0; y < L; y++)
            if (BioesLabels.CanEnd(y) && best[last + y] > endScore) { endScore = best[last + y]; end = y; }
        labels[n - 1] = end;
        for (int i = n - 1; i > 0; i--)
            labels[i - 1] = back[i * L + labels[i]];
    }
}
