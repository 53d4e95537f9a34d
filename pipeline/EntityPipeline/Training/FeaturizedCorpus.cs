using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using Microsoft.ML.Data;

namespace EntityPipeline.Training;

/// <summary>
/// Training sentences segmented by jieba (in parallel) and turned into per-character feature indices and
/// BIOES labels, held compactly so that ML.NET can stream them as rows.
/// </summary>
internal sealed class FeaturizedCorpus
{
    private readonly (int[] Features, int[] Labels, float Weight)[] _sentences;
    private readonly int _slots;

    private FeaturizedCorpus((int[] Features, int[] Labels, float Weight)[] sentences, int slots)
    {
        _sentences = sentences;
        _slots = slots;
        Characters = sentences.Sum(s => (long)s.Labels.Length);
    }

    public int Sentences => _sentences.Length;
    public long Characters { get; }

    /// <summary>Featurizes <paramref name="examples"/>; sentence i matches the lexicon <paramref name="lexiconFor"/>(i).</summary>
    public static FeaturizedCorpus Build(IReadOnlyList<AnnotatedSentence> examples, CharFeatureExtractor extractor, SegmentationStage segmentation, Func<int, EntityLexicon> lexiconFor)
    {
        var result = new (int[], int[], float)[examples.Count];
        Parallel.For(0, examples.Count, () => new List<Token>(), (i, _, tokens) =>
        {
            var example = examples[i];
            tokens.Clear();
            segmentation.Segment(example.Text, 0, tokens);
            var features = new int[example.Text.Length * extractor.SlotsPerChar];
            extractor.Extract(example.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0, features, lexiconFor(i));
            var labels = new int[example.Text.Length];
            BioesLabels.Encode(example.Entities.Select(e => (e.Start, e.End, e.Type)), labels);
            result[i] = (features, labels, (float)example.Weight);
            return tokens;
        }, _ => { });
        return new FeaturizedCorpus(result, extractor.SlotsPerChar);
    }

    /// <summary>The rows, one per character, with each row's features sorted and duplicates (hash collisions) merged.</summary>
    public IEnumerable<CharRow> Rows(int dimension)
    {
        var scratch = new int[_slots];
        foreach (var (features, labels, weight) in _sentences)
        {
            for (int i = 0; i < labels.Length; i++)
            {
                int count = 0;
                foreach (int f in features.AsSpan(i * _slots, _slots))
                    if (f >= 0) scratch[count++] = f;
                Array.Sort(scratch, 0, count);
                var indices = new List<int>(count);
                var values = new List<float>(count);
                for (int k = 0; k < count; k++)
                {
                    if (k > 0 && scratch[k] == scratch[k - 1]) { values[^1] += 1f; continue; }
                    indices.Add(scratch[k]);
                    values.Add(1f);
                }
                yield return new CharRow
                {
                    Label = (uint)labels[i], // LoadFromEnumerable reads key values 0-based
                    Features = new VBuffer<float>(dimension, indices.Count, values.ToArray(), indices.ToArray()),
                    Weight = weight,
                };
            }
        }
    }
}
