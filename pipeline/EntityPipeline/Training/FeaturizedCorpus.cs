using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Training;

/// <summary>
/// Training sentences segmented by jieba (in parallel) and turned into per-character feature indices and
/// BIOES labels, held compactly for the perceptron's passes. Each character has
/// <see cref="Slots"/> feature slots (−1: absent).
/// </summary>
internal sealed class FeaturizedCorpus
{
    private readonly (int[] Features, int[] Labels, float Weight)[] _sentences;

    private FeaturizedCorpus((int[] Features, int[] Labels, float Weight)[] sentences, int slots)
    {
        _sentences = sentences;
        Slots = slots;
        Characters = sentences.Sum(s => (long)s.Labels.Length);
    }

    public int Sentences => _sentences.Length;
    public long Characters { get; }
    public int Slots { get; }

    /// <summary>The weight of sentence <paramref name="index"/>'s rows.</summary>
    public float Weight(int index) => _sentences[index].Weight;

    /// <summary>Featurizes <paramref name="examples"/>; sentence i matches the lexicon <paramref name="lexiconFor"/>(i).</summary>
    public static FeaturizedCorpus Build(IReadOnlyList<AnnotatedSentence> examples, CharFeatureExtractor extractor, SegmentationStage segmentation, Func<int, EntityLexicon> lexiconFor)
    {
        var result = new (int[], int[], float)[examples.Count];
        int slots = extractor.SlotsPerChar;
        Parallel.For(0, examples.Count, () => (Tokens: new List<Token>(), Scratch: new FeatureScratch()), (i, _, local) =>
        {
            var (tokens, scratch) = local;
            var example = examples[i];
            tokens.Clear();
            segmentation.Segment(example.Text, 0, tokens);
            var features = new int[example.Text.Length * slots];
            extractor.Extract(example.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0, features, lexiconFor(i), slots, scratch);
            var labels = new int[example.Text.Length];
            BioesLabels.Encode(example.Entities.Select(e => (e.Start, e.End, e.Type)), labels);
            result[i] = (features, labels, (float)example.Weight);
            return local;
        }, _ => { });
        return new FeaturizedCorpus(result, slots);
    }

    /// <summary>The features of sentence <paramref name="index"/> (characters × <see cref="Slots"/>).</summary>
    public ReadOnlySpan<int> Features(int index) => _sentences[index].Features;

    /// <summary>The gold BIOES labels of sentence <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> Labels(int index) => _sentences[index].Labels;

    /// <summary>
    /// The same sentences with <paramref name="extra"/> more slots per character, filled by
    /// <paramref name="fill"/>(sentence index, features, stride, offset of the new slots), and their weights
    /// multiplied by <paramref name="weightFactor"/>(sentence index).
    /// </summary>
    public FeaturizedCorpus Widen(int extra, Action<int, int[], int, int> fill, Func<int, float> weightFactor)
    {
        int stride = Slots + extra;
        var result = new (int[], int[], float)[_sentences.Length];
        Parallel.For(0, _sentences.Length, i =>
        {
            var (features, labels, weight) = _sentences[i];
            var wide = new int[labels.Length * stride];
            for (int c = 0; c < labels.Length; c++)
                features.AsSpan(c * Slots, Slots).CopyTo(wide.AsSpan(c * stride));
            fill(i, wide, stride, Slots);
            result[i] = (wide, labels, weight * weightFactor(i));
        });
        return new FeaturizedCorpus(result, stride);
    }
}
