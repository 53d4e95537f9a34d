using EntityPipeline.Documents;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// One worker's buffers for tagging with an <see cref="EntityTagger"/>: features → label
/// log-probabilities → constrained Viterbi → mentions. Not thread-safe; create one per thread.
/// </summary>
public sealed class TaggingSession
{
    private readonly EntityTagger _tagger;
    private readonly BioesViterbiDecoder _decoder = new();
    private readonly List<Token> _tokens = [];
    private int[] _features = [];
    private float[] _logProbs = [];
    private int[] _labels = [];

    internal TaggingSession(EntityTagger tagger) => _tagger = tagger;

    /// <summary>
    /// Tags <paramref name="text"/> (one sentence, whose first character is at <paramref name="baseOffset"/>)
    /// given its words, and adds the mentions found, in document offsets, to <paramref name="into"/>.
    /// Confidence is the mean probability the model gave the chosen label of each of the mention's characters.
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int baseOffset, List<Mention> into)
    {
        int n = text.Length, L = BioesLabels.Count, slots = _tagger.Extractor.SlotsPerChar;
        if (n == 0) return;
        Ensure(ref _features, n * slots);
        Ensure(ref _logProbs, n * L);
        Ensure(ref _labels, n);
        var features = _features.AsSpan(0, n * slots);
        var logProbs = _logProbs.AsSpan(0, n * L);
        var labels = _labels.AsSpan(0, n);

        _tagger.Extractor.Extract(text, tokens, baseOffset, features);
        _tagger.Scorer.LogProbabilities(features, slots, logProbs);
        if (_tagger.OutsideBias != 0)
            for (int i = 0; i < n; i++) logProbs[i * L + BioesLabels.Outside] += _tagger.OutsideBias; // only O moves: mention confidences keep the model's probabilities
        _decoder.Decode(logProbs, labels);

        int start = -1;
        for (int i = 0; i < n; i++)
        {
            int label = labels[i];
            if (label == BioesLabels.Outside) continue;
            int part = BioesLabels.PartOf(label);
            if (part is BioesLabels.B or BioesLabels.S) start = i;
            if (part is BioesLabels.E or BioesLabels.S)
            {
                double confidence = 0;
                for (int j = start; j <= i; j++) confidence += MathF.Exp(logProbs[j * L + labels[j]]);
                confidence /= i - start + 1;
                into.Add(new Mention(baseOffset + start, baseOffset + i + 1, BioesLabels.TypeOf(label), MentionSource.Model, Math.Round(confidence, 4)));
            }
        }
    }

    /// <summary>Segments a stand-alone sentence with <paramref name="segmentation"/>, then tags it (offsets from 0).</summary>
    public void Tag(string text, SegmentationStage segmentation, List<Mention> into)
    {
        _tokens.Clear();
        segmentation.Segment(text, 0, _tokens);
        Tag(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), 0, into);
    }

    private static void Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length * 2)];
    }
}
