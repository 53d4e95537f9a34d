using EntityPipeline.Documents;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// One worker's buffers for tagging with an <see cref="EntityTagger"/>: features → label log-probabilities →
/// constrained Viterbi → mentions, sentence by sentence. A two-pass model tags the whole document once,
/// then again with the first pass's labels as features (<see cref="FirstPassFeatures"/>). Not thread-safe;
/// create one per thread.
/// </summary>
public sealed class TaggingSession
{
    private readonly EntityTagger _tagger;
    private readonly BioesViterbiDecoder _decoder = new();
    private readonly List<Token> _tokens = [];
    private readonly List<(string Text, EntityType Type)> _firstSpans = [];
    private int[] _features = [];
    private float[] _logProbs = [];
    private int[] _labels = [];
    private byte[] _firstLabels = [];
    private byte[] _certainty = [];
    private uint[] _documentCodes = [];
    private char[] _folded = [];

    internal TaggingSession(EntityTagger tagger) => _tagger = tagger;

    /// <summary>
    /// Tags the <paramref name="sentences"/> (ranges of <paramref name="text"/>, in order) of one document, given
    /// its words (document offsets, in order), and adds the mentions found, in document offsets and in order,
    /// to <paramref name="into"/>. Confidence is the mean probability the model gave the chosen label of each
    /// of the mention's characters.
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, IReadOnlyList<(int Start, int End)> sentences, ReadOnlySpan<Token> tokens, List<Mention> into)
    {
        var parts = SentenceWords(text.Length, sentences, tokens);
        if (_tagger.SecondPass is not { } second)
        {
            foreach (var (start, end, first, last) in parts)
                Emit(Decode(text[start..end], tokens[first..last], start, _tagger.Scorer, _tagger.OutsideBias, stacked: false), start, into);
            return;
        }

        // First pass over the whole document (no O bias): labels and certainty per character, and the strings tagged.
        Ensure(ref _firstLabels, text.Length);
        Ensure(ref _certainty, text.Length);
        _firstSpans.Clear();
        int L = BioesLabels.Count;
        foreach (var (start, end, first, last) in parts)
        {
            var labels = Decode(text[start..end], tokens[first..last], start, _tagger.Scorer, 0, stacked: false);
            int spanStart = -1;
            for (int i = 0; i < labels.Length; i++)
            {
                int label = labels[i];
                _firstLabels[start + i] = (byte)label;
                _certainty[start + i] = FirstPassFeatures.Certainty(_logProbs[i * L + label]);
                if (label == BioesLabels.Outside) continue;
                if (BioesLabels.PartOf(label) is BioesLabels.B or BioesLabels.S) spanStart = i;
                if (BioesLabels.PartOf(label) is BioesLabels.E or BioesLabels.S) _firstSpans.Add((text[(start + spanStart)..(start + i + 1)].ToString(), BioesLabels.TypeOf(label)));
            }
        }
        var documentLexicon = FirstPassFeatures.DocumentLexicon(_firstSpans);

        foreach (var (start, end, first, last) in parts)
        {
            var sentence = text[start..end];
            Ensure(ref _documentCodes, sentence.Length);
            Ensure(ref _folded, sentence.Length);
            for (int i = 0; i < sentence.Length; i++) _folded[i] = Text.CharFold.Fold(sentence[i]);
            documentLexicon.Match(_folded.AsSpan(0, sentence.Length), _documentCodes.AsSpan(0, sentence.Length));
            Emit(Decode(sentence, tokens[first..last], start, second, _tagger.OutsideBias, stacked: true), start, into);
        }
    }

    /// <summary>Segments a stand-alone sentence with <paramref name="segmentation"/>, then tags it (offsets from 0).</summary>
    public void Tag(string text, SegmentationStage segmentation, List<Mention> into)
    {
        _tokens.Clear();
        segmentation.Segment(text, 0, _tokens);
        Tag(text, [(0, text.Length)], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), into);
    }

    /// <summary>Each non-empty sentence's range with the range of its words in <paramref name="tokens"/>.</summary>
    private static List<(int Start, int End, int FirstToken, int EndToken)> SentenceWords(int length, IReadOnlyList<(int Start, int End)> sentences, ReadOnlySpan<Token> tokens)
    {
        var parts = new List<(int, int, int, int)>(sentences.Count);
        int t = 0;
        foreach (var (start, end) in sentences)
        {
            if (start < 0 || end > length || start > end)
                throw new ArgumentException($"sentence [{start}, {end}) lies outside the text (length {length})");
            while (t < tokens.Length && tokens[t].Start < start) t++;
            int first = t;
            while (t < tokens.Length && tokens[t].End <= end) t++;
            if (end > start) parts.Add((start, end, first, t));
        }
        return parts;
    }

    /// <summary>
    /// Scores and decodes one sentence with <paramref name="scorer"/>; with <paramref name="stacked"/> the
    /// features include those read from the first pass (already in <c>_firstLabels</c>, <c>_certainty</c>,
    /// <c>_documentCodes</c>). Leaves the log-probabilities in <c>_logProbs</c>.
    /// </summary>
    private ReadOnlySpan<int> Decode(ReadOnlySpan<char> sentence, ReadOnlySpan<Token> words, int baseOffset, LinearLabelScorer scorer, float outsideBias, bool stacked)
    {
        int n = sentence.Length, L = BioesLabels.Count, slots = _tagger.Extractor.SlotsPerChar;
        int stride = stacked ? slots + FirstPassFeatures.Slots : slots;
        Ensure(ref _features, n * stride);
        Ensure(ref _logProbs, n * L);
        Ensure(ref _labels, n);
        var features = _features.AsSpan(0, n * stride);
        var logProbs = _logProbs.AsSpan(0, n * L);
        var labels = _labels.AsSpan(0, n);

        _tagger.Extractor.Extract(sentence, words, baseOffset, features, stride);
        if (stacked)
            _tagger.Stacking!.Extract(sentence, _firstLabels.AsSpan(baseOffset, n), _certainty.AsSpan(baseOffset, n), _documentCodes.AsSpan(0, n), features, stride, slots);
        scorer.LogProbabilities(features, stride, logProbs);
        if (outsideBias != 0)
            for (int i = 0; i < n; i++) logProbs[i * L + BioesLabels.Outside] += outsideBias; // only O moves: mention confidences keep the model's probabilities
        _decoder.Decode(logProbs, labels);
        return labels;
    }

    private void Emit(ReadOnlySpan<int> labels, int baseOffset, List<Mention> into)
    {
        int L = BioesLabels.Count, start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == BioesLabels.Outside) continue;
            int part = BioesLabels.PartOf(label);
            if (part is BioesLabels.B or BioesLabels.S) start = i;
            if (part is BioesLabels.E or BioesLabels.S)
            {
                double confidence = 0;
                for (int j = start; j <= i; j++) confidence += MathF.Exp(_logProbs[j * L + labels[j]]);
                confidence /= i - start + 1;
                into.Add(new Mention(baseOffset + start, baseOffset + i + 1, BioesLabels.TypeOf(label), MentionSource.Model, Math.Round(confidence, 4)));
            }
        }
    }

    private static void Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length * 2)];
    }
}
