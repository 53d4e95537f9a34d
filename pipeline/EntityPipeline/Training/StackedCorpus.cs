using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Training;

/// <summary>
/// The second pass's training rows: each sentence's character features plus the <see cref="FirstPassFeatures"/>
/// read from a first pass's labels. The labels must come from a model that did not train on the sentence
/// (held-out folds), or the second pass learns to trust the first more than it deserves on new text.
/// </summary>
internal static class StackedCorpus
{
    /// <param name="documentOf">The document number of each sentence (<see cref="Corpora.CorpusDocuments.Number"/>).</param>
    /// <param name="scorerFor">The first-pass scorer for sentence i.</param>
    public static FeaturizedCorpus Build(FeaturizedCorpus corpus, IReadOnlyList<AnnotatedSentence> examples, int[] documentOf,
        Func<int, LinearLabelScorer> scorerFor, FirstPassFeatures stacking)
    {
        int n = examples.Count, L = BioesLabels.Count;
        var labels = new byte[n][];
        var certainty = new byte[n][];
        var typeBins = new byte[n][];
        var spans = new List<(int Start, int End, Documents.EntityType Type)>[n];
        Parallel.For(0, n, () => (new BioesViterbiDecoder(), new BioesMarginals()), (i, _, local) =>
        {
            var (decoder, marginals) = local;
            int length = examples[i].Text.Length;
            var logProbs = new float[length * L];
            scorerFor(i).LogProbabilities(corpus.Features(i), corpus.Slots, logProbs);
            var decoded = new int[length];
            decoder.Decode(logProbs, decoded);
            (labels[i], certainty[i], typeBins[i]) = (new byte[length], new byte[length], new byte[stacking.ReadsTypeProbabilities ? length : 0]);
            stacking.Read(logProbs, decoded, marginals, new float[length * BioesLabels.TypeCount], labels[i], certainty[i], typeBins[i]);
            spans[i] = [.. BioesLabels.Spans(decoded)];
            return local;
        }, _ => { });

        var tallies = new Dictionary<string, byte>[documentOf.Length == 0 ? 0 : documentOf[^1] + 1];
        for (int i = 0; i < n; i++)
        {
            var tally = tallies[documentOf[i]] ??= new(StringComparer.Ordinal);
            foreach (var (start, end, type) in spans[i])
                FirstPassFeatures.Tally(tally, examples[i].Text.AsSpan(start, end - start), type);
        }
        var lexicons = tallies.Select(t => FirstPassFeatures.DocumentLexicon(t ?? [])).ToArray();

        return corpus.Widen(stacking.Slots, (i, features, stride, offset) =>
        {
            var text = examples[i].Text;
            var codes = new uint[text.Length];
            lexicons[documentOf[i]].MatchFolding(text, codes);
            stacking.Extract(text, labels[i], certainty[i], typeBins[i], codes, features, stride, offset);
        }, i => (float)examples[i].SecondPassWeight);
    }
}
