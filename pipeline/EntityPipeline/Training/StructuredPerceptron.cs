using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Training;

/// <summary>
/// Averaged structured perceptron over a <see cref="FeaturizedCorpus"/> (Collins 2002): each sentence is decoded by the BIOES
/// Viterbi over the current weights' label scores, as it will be tagged, and where the decoded labels differ from the gold
/// ones the gold label's weights of the character's features go up and the decoded label's go down (by the sentence's
/// weight). A per-character classifier learns each character's label alone; this learns whole decoded sentences, which is
/// worth 2.4 points of MSRA dev F1 over the SDCA maximum-entropy fit of the same features, both passes so trained (README).
/// The weights are the average over all steps, and are then divided by a temperature fitted on held-out sentences
/// (<see cref="Temperature"/>), so that their softmax estimates label probabilities, as a maximum-entropy model's does.
/// </summary>
internal static class StructuredPerceptron
{
    /// <summary>Every tenth sentence is held out to fit the temperature, with a model trained on the other nine.</summary>
    private const int CalibrationEvery = 10;

    /// <summary>Feature-major weights (dimension × labels) and biases, calibrated, and the temperature they were divided by.</summary>
    public static (float[] Weights, float[] Biases, float Temperature) Fit(FeaturizedCorpus corpus, int dimension, int epochs, int seed, Func<int, bool>? include, Action<string>? log)
    {
        include ??= _ => true;
        var (w, b, _) = Train(corpus, dimension, epochs, seed, s => include(s) && s % CalibrationEvery != CalibrationEvery - 1);
        float? fitted = Temperature.Fit(corpus, w, b, Enumerable.Range(0, corpus.Sentences).Where(s => include(s) && s % CalibrationEvery == CalibrationEvery - 1));
        float temperature = fitted ?? 1;
        (w, b, double wrong) = Train(corpus, dimension, epochs, seed, include);
        log?.Invoke($"perceptron: {epochs} epochs, {wrong:P2} of characters decoded wrong in the last; " + (fitted is null
            ? $"scores not scaled (fewer than {CalibrationEvery} sentences: none held out to fit a temperature)"
            : $"scores divided by a temperature of {temperature:F1} fitted on held-out sentences"));
        Scale(w, b, 1 / temperature);
        return (w, b, temperature);
    }

    /// <summary>
    /// Refines a model that <see cref="Fit"/> gave with <paramref name="temperature"/>: training goes on from its weights, at the
    /// scale of its raw scores (one mistake moves them as much as in its first training), and the result is divided by the
    /// same temperature. A sentence the model already decodes right changes nothing, so a refinement on its own unchanged
    /// output leaves it as it was; only the corrections it gets wrong move it.
    /// </summary>
    /// <param name="updatedSlots">How many of each character's feature slots, from the first, the refinement may change (the rest keep the model's weights).</param>
    public static (float[] Weights, float[] Biases) Refine(FeaturizedCorpus corpus, (float[] Weights, float[] Biases) calibrated, float temperature, int epochs, int seed,
        Func<int, bool>? include, Action<string>? log, int? updatedSlots = null)
    {
        var (w, b) = calibrated;
        Scale(w, b, temperature);
        (w, b, double wrong) = Train(corpus, w.Length / b.Length, epochs, seed, include ?? (_ => true), (w, b), updatedSlots);
        log?.Invoke($"perceptron: refined in {epochs} epoch(s), {wrong:P2} of characters decoded wrong in the last");
        Scale(w, b, 1 / temperature);
        return (w, b);
    }

    private static void Scale(float[] weights, float[] biases, float factor)
    {
        for (long k = 0; k < weights.Length; k++) weights[k] *= factor;
        for (int y = 0; y < biases.Length; y++) biases[y] *= factor;
    }

    /// <summary>
    /// Raw (uncalibrated) averaged weights after <paramref name="epochs"/> passes over the included sentences, in a shuffled
    /// order, and the share of characters the last pass decoded wrong. Starts from zero, or from <paramref name="start"/> (raw, updated in place).
    /// Only the first <paramref name="updatedSlots"/> feature slots of each character are updated (all by default); the others still score.
    /// </summary>
    public static (float[] Weights, float[] Biases, double LastEpochErrors) Train(FeaturizedCorpus corpus, int dimension, int epochs, int seed, Func<int, bool> include,
        (float[] Weights, float[] Biases)? start = null, int? updatedSlots = null)
    {
        int L = BioesLabels.Count, slots = corpus.Slots, updated = updatedSlots ?? slots;
        var w = start?.Weights ?? new float[(long)dimension * L];
        var u = new double[w.Length]; // Σ step × update: the average is w − u / step (Daumé's trick, no per-step copy)
        var b = start?.Biases ?? new float[L];
        var ub = new double[L];
        long step = 1;
        var order = Enumerable.Range(0, corpus.Sentences).Where(include).ToArray();
        var random = new Random(seed);
        var decoder = new BioesViterbiDecoder();
        float[] scores = [];
        int[] predicted = [];
        long wrong = 0, characters = 0;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            wrong = characters = 0;
            foreach (int s in order)
            {
                var features = corpus.Features(s);
                var gold = corpus.Labels(s);
                int n = gold.Length;
                characters += n;
                if (scores.Length < n * L) (scores, predicted) = (new float[n * L * 2], new int[n * 2]);
                Score(features, slots, w, b, scores.AsSpan(0, n * L));
                var labels = predicted.AsSpan(0, n);
                if (n > 0) decoder.Decode(scores.AsSpan(0, n * L), labels);
                float rate = corpus.Weight(s);
                for (int i = 0; i < n; i++)
                {
                    int g = gold[i], p = labels[i];
                    if (g == p) continue;
                    wrong++;
                    double timed = step * (double)rate;
                    b[g] += rate; ub[g] += timed;
                    b[p] -= rate; ub[p] -= timed;
                    foreach (int f in features.Slice(i * slots, updated))
                    {
                        if (f < 0) continue;
                        long k = (long)f * L;
                        w[k + g] += rate; u[k + g] += timed;
                        w[k + p] -= rate; u[k + p] -= timed;
                    }
                }
                step++;
            }
        }
        for (long k = 0; k < w.Length; k++) w[k] = (float)(w[k] - u[k] / step);
        for (int y = 0; y < L; y++) b[y] = (float)(b[y] - ub[y] / step);
        return (w, b, characters == 0 ? 0 : (double)wrong / characters);
    }

    /// <summary>Each character's label scores (n × labels): bias plus the weights of its features (slots per character, −1 absent).</summary>
    public static void Score(ReadOnlySpan<int> features, int slots, float[] weights, float[] biases, Span<float> scores)
    {
        int L = biases.Length, n = scores.Length / L;
        for (int i = 0; i < n; i++)
        {
            var row = scores.Slice(i * L, L);
            biases.CopyTo(row);
            foreach (int f in features.Slice(i * slots, slots))
            {
                if (f < 0) continue;
                var wf = weights.AsSpan((int)((long)f * L), L);
                for (int y = 0; y < L; y++) row[y] += wf[y];
            }
        }
    }
}
