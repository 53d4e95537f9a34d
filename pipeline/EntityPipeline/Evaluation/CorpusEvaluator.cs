using System.Diagnostics;
using System.Runtime.InteropServices;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;
using EntityPipeline.Training;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Scores a tagger on annotated sentences (an MSRA or People's Daily dev file): segments each sentence,
/// tags it and compares with the gold spans. Runs on one thread and times the tagger apart from jieba,
/// which gives the tagging throughput. Sentence ids in errors are "<c>name#index</c>".
/// </summary>
public static class CorpusEvaluator
{
    public static (SpanEvaluation Evaluation, TaggingSpeed Speed) Evaluate(EntityTagger tagger, IEnumerable<AnnotatedSentence> sentences, string name)
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
        foreach (var sentence in list)
        {
            tokens.Clear();
            mentions.Clear();
            segmentation.Segment(sentence.Text, 0, tokens);
            clock.Start();
            session.Tag(sentence.Text, CollectionsMarshal.AsSpan(tokens), 0, mentions);
            clock.Stop();
            chars += sentence.Text.Length;
            evaluation.Add($"{name}#{index++}", sentence.Text,
                sentence.Entities.Select(e => (e.Start, e.End, e.Type)),
                mentions.Select(m => (m.Start, m.End, m.Type)));
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
                session.Tag(text, words, 0, mentions);
                mentions.Clear();
            }
    }
}
