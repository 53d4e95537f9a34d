using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Processing;
using EntityPipeline.Segmentation;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// One worker's buffers for tagging with an <see cref="EntityTagger"/>: features → label log-probabilities →
/// constrained Viterbi → mentions, sentence by sentence. A two-pass model tags the whole document once,
/// then again with the first pass's labels as features (<see cref="FirstPassFeatures"/>). A refined model tags a document of its
/// user's kind with what it learnt of that kind (<see cref="EntityTagger.Domain"/>), decided once per document. Not thread-safe;
/// create one per thread.
/// </summary>
public sealed class TaggingSession
{
    private readonly EntityTagger _model;
    private EntityTagger _tagger; // the tagger of the document being tagged: the model's, or its domain's (EntityTagger.For)
    private readonly BioesViterbiDecoder _decoder = new();
    private readonly BioesMarginals _marginals = new();
    private readonly List<Token> _tokens = [];
    private readonly List<(int Start, int End)> _taughtSentences = [];
    private readonly Dictionary<string, byte> _tagged = new(StringComparer.Ordinal);
    private readonly FeatureScratch _scratch = new();
    private int[] _features = [];
    private int[] _documentFeatures = [];
    private float[] _logProbs = [];
    private int[] _labels = [];
    private int[] _emitted = [];
    private byte[] _firstLabels = [];
    private byte[] _certainty = [];
    private byte[] _typeBins = [];
    private float[] _typeProbabilities = [];
    private uint[] _documentCodes = [];
    private char[] _simplified = [];

    internal TaggingSession(EntityTagger tagger) => _model = _tagger = tagger;

    /// <summary>Whether the last document was tagged with the model's domain (<see cref="EntityTagger.Domain"/>), what it learnt of its user's text.</summary>
    public bool UsedDomain => !ReferenceEquals(_tagger, _model);

    /// <summary>The sentences of the last document that the model was taught (<see cref="EntityTagger.Taught"/>), tagged as corrected.</summary>
    public IReadOnlyList<(int Start, int End)> TaughtSentences => _taughtSentences;

    /// <summary>
    /// Tags the <paramref name="sentences"/> (ranges of <paramref name="text"/>, in order) of one document, given
    /// its words (document offsets, in order), and adds the mentions found, in document offsets and in order,
    /// to <paramref name="into"/>. Confidence is the mean probability the model gave the chosen label of each
    /// of the mention's characters (see <see cref="Emit"/>).
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, IReadOnlyList<(int Start, int End)> sentences, ReadOnlySpan<Token> tokens, List<Mention> into)
    {
        // The model's rules, its user's words and taught sentences read simplified characters (the features fold them anyway):
        // a Hong Kong or Taiwan text is tagged as the same text in simplified characters is.
        var simplified = ReusedBuffer.AtLeast(ref _simplified, text.Length).AsSpan(0, text.Length);
        CharFold.Simplify(text, simplified);
        text = simplified;
        _tagger = _model.For(text, tokens);
        _taughtSentences.Clear();
        var parts = SentenceWords(text.Length, sentences, tokens);
        if (_tagger.SecondPass is not { } second)
        {
            foreach (var (start, end, first, last) in parts)
            {
                Decode(Featurize(text[start..end], tokens[first..last], start), _tagger.Extractor.SlotsPerChar, end - start, _tagger.Scorer, _tagger.OutsideBias);
                Emit(text[start..end], tokens[first..last], start, into);
            }
            return;
        }

        // The character features are extracted once, into rows wide enough for the second pass's features too,
        // unless the document is too long to keep them all between the passes.
        bool keep = text.Length <= MaxKeptCharacters;
        var documentLexicon = FirstPass(text, parts, tokens, keep);
        SecondPass(text, parts, tokens, keep, second, documentLexicon, into);
    }

    /// <summary>
    /// Tags the document with the first pass (no O bias), keeping each character's label and certainty, and
    /// returns the strings it tagged as a lexicon to match.
    /// </summary>
    private EntityLexicon FirstPass(ReadOnlySpan<char> text, List<(int Start, int End, int FirstToken, int EndToken)> parts, ReadOnlySpan<Token> tokens, bool keep)
    {
        var stacking = _tagger.Stacking!;
        int slots = _tagger.Extractor.SlotsPerChar, stride = slots + stacking.Slots, L = BioesLabels.Count;
        if (keep) ReusedBuffer.AtLeast(ref _documentFeatures, text.Length * stride);
        ReusedBuffer.AtLeast(ref _firstLabels, text.Length);
        ReusedBuffer.AtLeast(ref _certainty, text.Length);
        if (stacking.ReadsTypeProbabilities) ReusedBuffer.AtLeast(ref _typeBins, text.Length);
        _tagged.Clear();
        foreach (var (start, end, first, last) in parts)
        {
            var features = keep ? _documentFeatures.AsSpan(start * stride, (end - start) * stride) : Buffer(end - start, stride);
            _tagger.Extractor.Extract(text[start..end], tokens[first..last], start, features, stride, _scratch);
            int n = end - start;
            for (int i = 0; i < n; i++) features.Slice(i * stride + slots, stacking.Slots).Fill(-1); // absent in the first pass
            var labels = Decode(features, stride, n, _tagger.Scorer, 0);
            ReusedBuffer.AtLeast(ref _typeProbabilities, n * BioesLabels.TypeCount);
            stacking.Read(_logProbs.AsSpan(0, n * L), labels, _marginals, _typeProbabilities,
                _firstLabels.AsSpan(start, n), _certainty.AsSpan(start, n), stacking.ReadsTypeProbabilities ? _typeBins.AsSpan(start, n) : []);
            foreach (var (s, e, type) in BioesLabels.Spans(_labels, labels.Length))
                FirstPassFeatures.Tally(_tagged, text[(start + s)..(start + e)], type);
        }
        return FirstPassFeatures.DocumentLexicon(_tagged);
    }

    /// <summary>Tags the document again with the second pass, which also reads the first pass's output, and emits the mentions.</summary>
    private void SecondPass(ReadOnlySpan<char> text, List<(int Start, int End, int FirstToken, int EndToken)> parts, ReadOnlySpan<Token> tokens, bool keep,
        LinearLabelScorer scorer, EntityLexicon documentLexicon, List<Mention> into)
    {
        int slots = _tagger.Extractor.SlotsPerChar, stride = slots + _tagger.Stacking!.Slots;
        foreach (var (start, end, first, last) in parts)
        {
            var sentence = text[start..end];
            int n = sentence.Length;
            ReusedBuffer.AtLeast(ref _documentCodes, n);
            documentLexicon.MatchFolding(sentence, _documentCodes.AsSpan(0, n), _scratch.Folded(n));
            Span<int> features;
            if (keep) features = _documentFeatures.AsSpan(start * stride, n * stride);
            else
            {
                features = Buffer(n, stride);
                _tagger.Extractor.Extract(sentence, tokens[first..last], start, features, stride, _scratch);
            }
            var typeBins = _tagger.Stacking!.ReadsTypeProbabilities ? _typeBins.AsSpan(start, n) : [];
            _tagger.Stacking.Extract(sentence, _firstLabels.AsSpan(start, n), _certainty.AsSpan(start, n), typeBins, _documentCodes.AsSpan(0, n), features, stride, slots);
            Decode(features, stride, n, scorer, _tagger.OutsideBias);
            Emit(sentence, tokens[first..last], start, into);
        }
    }

    /// <summary>Documents up to this long keep their features between the two passes (at most about 30 MB per worker).</summary>
    private const int MaxKeptCharacters = 250_000;

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

    /// <summary>Extracts one sentence's character features into the session's buffer, one row per character.</summary>
    private Span<int> Featurize(ReadOnlySpan<char> sentence, ReadOnlySpan<Token> words, int baseOffset)
    {
        int slots = _tagger.Extractor.SlotsPerChar;
        var features = Buffer(sentence.Length, slots);
        _tagger.Extractor.Extract(sentence, words, baseOffset, features, slots, _scratch);
        return features;
    }

    private Span<int> Buffer(int n, int stride)
    {
        return ReusedBuffer.AtLeast(ref _features, n * stride).AsSpan(0, n * stride);
    }

    /// <summary>
    /// Scores <paramref name="n"/> characters' features (rows of <paramref name="stride"/>) with <paramref name="scorer"/> and
    /// decodes them; the labels and log-probabilities stay in <c>_labels</c> and <c>_logProbs</c> for <see cref="Emit"/>.
    /// </summary>
    private ReadOnlySpan<int> Decode(ReadOnlySpan<int> features, int stride, int n, LinearLabelScorer scorer, float outsideBias)
    {
        int L = BioesLabels.Count;
        ReusedBuffer.AtLeast(ref _logProbs, n * L);
        ReusedBuffer.AtLeast(ref _labels, n);
        var logProbs = _logProbs.AsSpan(0, n * L);
        var labels = _labels.AsSpan(0, n);
        scorer.LogProbabilities(features, stride, logProbs);
        if (outsideBias != 0)
            for (int i = 0; i < n; i++) logProbs[i * L + BioesLabels.Outside] += outsideBias; // only O moves: mention confidences keep the model's probabilities
        _decoder.Decode(logProbs, labels);
        return labels;
    }

    /// <summary>
    /// Adds the spans of the last decoded sentence (<paramref name="sentence"/>, at <paramref name="baseOffset"/>) as mentions, after
    /// the <see cref="LabelRules"/> of the tagger chosen for the document, whose domain may keep fewer (<paramref name="words"/> are
    /// the sentence's, in document offsets). A mention's confidence is the mean probability of its characters' labels; a character
    /// whose label a rule rewrote counts the probability of its type, and makes the mention's source rule. A sentence the model
    /// was taught (<see cref="EntityTagger.Taught"/>) gives its corrected entities instead, with confidence 1.
    /// </summary>
    private void Emit(ReadOnlySpan<char> sentence, ReadOnlySpan<Token> words, int baseOffset, List<Mention> into)
    {
        if (_model.Taught.TryGet(sentence, out var taught))
        {
            // A sentence the user corrected comes out as corrected (TaughtSentences), as certain as a reviewed row.
            foreach (var (start, end, type) in taught) into.Add(new Mention(baseOffset + start, baseOffset + end, type, MentionSource.Model, 1));
            _taughtSentences.Add((baseOffset, baseOffset + sentence.Length));
            return;
        }
        int L = BioesLabels.Count, n = sentence.Length;
        ReusedBuffer.AtLeast(ref _emitted, n);
        _labels.AsSpan(0, n).CopyTo(_emitted);
        LabelRuleSet.Apply(_tagger.Rules, sentence, words, baseOffset, _emitted, n);
        foreach (var (spanStart, spanEnd, type) in BioesLabels.Spans(_emitted, n))
        {
            // White space is no part of a name: the model may start a Latin name at the space before it ( Tim Cook).
            int start = spanStart, end = spanEnd;
            while (start < end && char.IsWhiteSpace(sentence[start])) start++;
            while (end > start && char.IsWhiteSpace(sentence[end - 1])) end--;
            if (start == end) continue;
            double confidence = 0;
            var source = MentionSource.Model;
            for (int j = start; j < end; j++)
            {
                if (_emitted[j] == _labels[j]) confidence += MathF.Exp(_logProbs[j * L + _labels[j]]);
                else
                {
                    source = MentionSource.Rule;
                    for (int part = BioesLabels.B; part <= BioesLabels.S; part++) confidence += MathF.Exp(_logProbs[j * L + BioesLabels.Label(type, part)]);
                }
            }
            confidence /= end - start;
            into.Add(new Mention(baseOffset + start, baseOffset + end, type, source, Math.Round(confidence, 4)));
        }
    }
}
