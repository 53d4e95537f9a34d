using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class BioesViterbiDecoderTests
{
    [Theory]
    // Each row: the per-character argmax labels as written; the spans the decoder must produce.
    [InlineData("B-PER E-PER O", "PER 0 2")] // already valid: kept
    [InlineData("S-LOC O B-ORG I-ORG E-ORG", "LOC 0 1|ORG 2 5")]
    [InlineData("O O O", "")]
    public void Valid_argmax_sequences_are_kept(string argmax, string expected)
    {
        var labels = Decode(OneHot(argmax, strong: 0.9f));
        Assert.Equal(expected, Spans(labels));
    }

    [Fact]
    public void An_unclosed_span_is_never_produced()
    {
        // Given the argmax says B-PER I-PER O (a span that never ends), when decoded,
        // then the decoder picks a valid sequence instead: the name closes with E-PER.
        var scores = OneHot("B-PER I-PER O", strong: 0.6f);
        var labels = Decode(scores);
        Assert.True(IsValid(labels), string.Join(' ', labels.Select(BioesLabels.Name)));
    }

    [Fact]
    public void A_type_change_inside_a_span_is_repaired()
    {
        // Given B-ORG I-ORG E-LOC, when decoded, then the span keeps one type from start to end.
        var labels = Decode(OneHot("B-ORG I-ORG E-LOC", strong: 0.6f));
        Assert.True(IsValid(labels), string.Join(' ', labels.Select(BioesLabels.Name)));
    }

    [Fact]
    public void The_decoder_chooses_as_a_scan_over_every_allowed_pair_does_ties_included()
    {
        // Scores on a coarse grid, so that many predecessors tie: the first of equal scores, in label order, must win.
        foreach (var (scores, labels, _) in RandomDecodings(seed: 21, maxLength: 29, r => r.Next(4) == 0 ? float.NegativeInfinity : -r.Next(3)))
            Assert.Equal(ScanAllPairs(scores, labels.Length), labels);
    }

    /// <summary>500 random score matrices of 1 to <paramref name="maxLength"/> characters, each with its decoding and its trial number.</summary>
    private static IEnumerable<(float[] Scores, int[] Labels, int Trial)> RandomDecodings(int seed, int maxLength, Func<Random, float> score)
    {
        var random = new Random(seed);
        var decoder = new BioesViterbiDecoder();
        for (int trial = 0; trial < 500; trial++)
        {
            int n = random.Next(1, maxLength + 1);
            var scores = new float[n * BioesLabels.Count];
            for (int k = 0; k < scores.Length; k++) scores[k] = score(random);
            var labels = new int[n];
            decoder.Decode(scores, labels);
            yield return (scores, labels, trial);
        }
    }

    /// <summary>Viterbi as the definition states it: for each label, every allowed predecessor in label order, the first best kept.</summary>
    private static int[] ScanAllPairs(float[] scores, int n)
    {
        int L = BioesLabels.Count;
        var best = new float[n * L];
        var back = new int[n * L];
        for (int y = 0; y < L; y++) best[y] = BioesLabels.CanStart(y) ? scores[y] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int y = 0; y < L; y++)
            {
                float top = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                    if (BioesLabels.CanFollow(p, y) && best[(i - 1) * L + p] > top) (top, arg) = (best[(i - 1) * L + p], p);
                best[i * L + y] = top + scores[i * L + y];
                back[i * L + y] = arg;
            }
        var labels = new int[n];
        float end = float.NegativeInfinity;
        for (int y = 0; y < L; y++)
            if (BioesLabels.CanEnd(y) && best[(n - 1) * L + y] > end) (end, labels[n - 1]) = (best[(n - 1) * L + y], y);
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
        return labels;
    }

    [Fact]
    public void Random_score_matrices_always_decode_to_valid_sequences()
    {
        foreach (var (_, labels, trial) in RandomDecodings(seed: 12345, maxLength: 39, r => (float)(r.NextDouble() * -12)))
            Assert.True(IsValid(labels), $"trial {trial}: {string.Join(' ', labels.Select(BioesLabels.Name))}");
    }

    [Fact]
    public void Decoding_finds_the_best_valid_sequence()
    {
        // Brute force over all 13^4 sequences of length 4 agrees with Viterbi.
        var random = new Random(7);
        int n = 4, L = BioesLabels.Count;
        var scores = new float[n * L];
        for (int k = 0; k < scores.Length; k++) scores[k] = (float)(random.NextDouble() * -5);
        var labels = new int[n];
        new BioesViterbiDecoder().Decode(scores, labels);

        float best = float.NegativeInfinity;
        var seq = new int[n];
        for (int code = 0; code < (int)Math.Pow(L, n); code++)
        {
            for (int i = 0, c = code; i < n; i++, c /= L) seq[i] = c % L;
            if (!IsValid(seq)) continue;
            best = MathF.Max(best, Score(scores, seq));
        }
        Assert.Equal(best, Score(scores, labels), 4);
    }

    private static float Score(float[] scores, int[] labels) =>
        labels.Select((y, i) => scores[i * BioesLabels.Count + y]).Sum();

    private static bool IsValid(int[] labels)
    {
        if (!BioesLabels.CanStart(labels[0]) || !BioesLabels.CanEnd(labels[^1])) return false;
        for (int i = 1; i < labels.Length; i++)
            if (!BioesLabels.CanFollow(labels[i - 1], labels[i])) return false;
        return true;
    }

    private static int[] Decode(float[] scores)
    {
        var labels = new int[scores.Length / BioesLabels.Count];
        new BioesViterbiDecoder().Decode(scores, labels);
        return labels;
    }

    private static float[] OneHot(string labels, float strong)
    {
        var names = labels.Split(' ');
        int L = BioesLabels.Count;
        var scores = new float[names.Length * L];
        float weak = MathF.Log((1 - strong) / (L - 1));
        for (int i = 0; i < names.Length; i++)
            for (int y = 0; y < L; y++)
                scores[i * L + y] = BioesLabels.Name(y) == names[i] ? MathF.Log(strong) : weak;
        return scores;
    }

    private static string Spans(int[] labels) =>
        string.Join('|', BioesLabels.Spans(labels).Select(s => $"{s.Type} {s.Start} {s.End}"));
}
