using System.Diagnostics;
using System.Runtime.InteropServices;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Scores a tagger on annotated sentences (an MSRA, People's Daily or CLUENER dev file) as <c>run</c> would
/// tag them: sentences are grouped into documents (<see cref="CorpusDocuments"/>), each sentence is segmented
/// and tagged, and with document consistency a document's tagged strings spread to their other occurrences (and 、-lists are filled in).
/// Runs on one thread and times the tagger apart from jieba, which gives the tagging throughput. Sentence ids
/// in errors are "<c>name#index</c>".
/// </summary>
public static class CorpusEvaluator
{
    /// <param name="documentConsistency">Apply <see cref="DocumentConsistency"/> within each document.</param>
    /// <param name="sentencesPerDocument">Sentences without a document id are grouped this many at a time (1: each alone), as in training.</param>
    public static (SpanEvaluation Evaluation, TaggingSpeed Speed) Evaluate(EntityTagger tagger, IEnumerable<AnnotatedSentence> sentences, string name,
        bool documentConsistency = true, int sentencesPerDocument = CorpusDocuments.DefaultSize)
    {
        var evaluation = new SpanEvaluation();
        var session = tagger.CreateSession();
        var segmentation = new SegmentationStage(tagger.Features.Segmentation);
        var tokens = new List<Token>();
        var mentions = new List<Mention>();
        var clock = new Stopwatch();
        long chars = 0;
        int index = 0;
        var list = sentences as IReadOnlyList<AnnotatedSentence> ?? sentences.ToList();
        WarmUp(session, segmentation, list);
        foreach (var document in CorpusDocuments.Group(list, sentencesPerDocument))
        {
            var text = CorpusDocuments.Text(document);
            mentions.Clear();
            tokens.Clear();
            var ranges = new List<(int Start, int End)>(document.Count);
            int offset = 0;
            foreach (var sentence in document)
            {
                segmentation.Segment(sentence.Text, offset, tokens);
                ranges.Add((offset, offset + sentence.Text.Length));
                offset += sentence.Text.Length + 1;
            }
            clock.Start();
            session.Tag(text, ranges, CollectionsMarshal.AsSpan(tokens), mentions);
            var tagged = documentConsistency ? DocumentConsistency.Apply(text, mentions) : mentions;
            clock.Stop();
            chars += text.Length - (document.Count - 1);

            offset = 0;
            int m = 0;
            evaluation.StartUnit(); // a document is the bootstrap's unit: its sentences share names and errors
            foreach (var sentence in document)
            {
                int end = offset + sentence.Text.Length;
                var own = new List<(int, int, EntityType)>();
                for (; m < tagged.Count && tagged[m].Start < end; m++)
                    own.Add((tagged[m].Start - offset, tagged[m].End - offset, tagged[m].Type));
                evaluation.Add($"{name}#{index++}", sentence.Text, sentence.Entities.Select(e => (e.Start, e.End, e.Type)), own, sameUnit: true);
                offset = end + 1;
            }
        }
        return (evaluation, new TaggingSpeed(chars, clock.Elapsed));
    }

    /// <summary>
    /// Tags the first sentences untimed for about a second, so that the speed measured is that of tier-1
    /// JIT code (tiered compilation promotes hot methods in the background, after a delay).
    /// </summary>
    private static void WarmUp(TaggingSession session, SegmentationStage segmentation, IReadOnlyList<AnnotatedSentence> sentences)
    {
        var mentions = new List<Mention>();
        var warm = sentences.Take(200).Select(s =>
        {
            var t = new List<Token>();
            segmentation.Segment(s.Text, 0, t);
            return (s.Text, Tokens: t.ToArray());
        }).ToList();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(1) && warm.Count > 0;)
            foreach (var (text, words) in warm)
            {
                session.Tag(text, [(0, text.Length)], words, mentions);
                mentions.Clear();
            }
    }
}
