using System.Diagnostics;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Consistency;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Processing;
using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Evaluation;

/// <summary>
/// Scores the mentions of a pipeline on annotated sentences (an MSRA, People's Daily or CLUENER dev file) as <c>run</c>
/// finds them: sentences are grouped into documents (<see cref="CorpusDocuments"/>), each document is the text of its
/// sentences joined by line breaks, and it goes through the pipeline's own stages (sentence splitting, jieba, the entity
/// stage with its consistency rules) like any article. The mentions are then scored sentence by sentence against the
/// corpus's spans; sentence ids in errors are "<c>name#index</c>", offsets in the sentence. Runs on one thread and times
/// the entity stage alone, which gives the tagging throughput (jieba excluded).
/// </summary>
public static class CorpusEvaluator
{
    /// <summary>Scores <paramref name="tagger"/> in the pipeline <c>run</c> builds for it (<see cref="PipelineFactory"/>; no figures stage, which does not change mentions).</summary>
    /// <param name="documentConsistency">Apply the document-level rules (<see cref="DocumentConsistency"/>), as <c>run</c> does.</param>
    /// <param name="sentencesPerDocument">Sentences without a document id are grouped this many at a time (1: each alone), as in training.</param>
    /// <param name="warmUp">Run the first documents untimed first, so that the speed is that of optimised code (about a second; not needed for the scores alone).</param>
    public static (SpanEvaluation Evaluation, TaggingSpeed Speed) Evaluate(EntityTagger tagger, IEnumerable<AnnotatedSentence> sentences, string name,
        bool documentConsistency = true, int sentencesPerDocument = CorpusDocuments.DefaultSize, bool warmUp = true) =>
        Evaluate(PipelineFactory.Create(new PipelineOptions { Figures = false, DocumentConsistency = documentConsistency }, tagger),
            sentences, name, sentencesPerDocument, warmUp);

    /// <summary>Scores the mentions <paramref name="pipeline"/> finds (the model's or the dictionary baseline's).</summary>
    public static (SpanEvaluation Evaluation, TaggingSpeed Speed) Evaluate(Pipeline pipeline, IEnumerable<AnnotatedSentence> sentences, string name,
        int sentencesPerDocument = CorpusDocuments.DefaultSize, bool warmUp = true)
    {
        var clock = new Stopwatch();
        var timed = TimedStage.Timing(pipeline, Layers.Mentions, clock);
        var list = sentences as IReadOnlyList<AnnotatedSentence> ?? sentences.ToList();
        var groups = CorpusDocuments.Group(list, sentencesPerDocument).ToList();
        if (warmUp) WarmUp(pipeline, groups, name);

        var evaluation = new SpanEvaluation();
        long chars = 0;
        int index = 0;
        foreach (var group in groups)
        {
            var document = Join(group, name);
            timed.Process(document);
            chars += document.Text.Length - (group.Count - 1);

            var mentions = document.Mentions;
            int offset = 0, m = 0;
            evaluation.StartUnit(); // a document is the bootstrap's unit: its sentences share names and errors
            foreach (var sentence in group)
            {
                int end = offset + sentence.Text.Length;
                var own = new List<(int, int, EntityType)>();
                for (; m < mentions.Length && mentions[m].Start < end; m++)
                    own.Add((mentions[m].Start - offset, mentions[m].End - offset, mentions[m].Type));
                evaluation.Add($"{name}#{index++}", sentence.Text, sentence.Entities.Select(e => (e.Start, e.End, e.Type)), own, sameUnit: true);
                offset = end + 1;
            }
        }
        return (evaluation, new TaggingSpeed(chars, clock.Elapsed));
    }

    /// <summary>A corpus document as an article: its sentences joined by line breaks, so that no sentence or mention spans two.</summary>
    private static Document Join(IReadOnlyList<AnnotatedSentence> sentences, string name) => new(name, CorpusDocuments.Text(sentences));

    /// <summary>
    /// Runs the first documents through the pipeline untimed for about a second, so that the speed measured is that of
    /// tier-1 JIT code (tiered compilation promotes hot methods in the background, after a delay).
    /// </summary>
    private static void WarmUp(Pipeline pipeline, IReadOnlyList<IReadOnlyList<AnnotatedSentence>> groups, string name)
    {
        var first = groups.Take(10).ToList();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(1) && first.Count > 0;)
            foreach (var group in first)
                pipeline.Process(Join(group, name));
    }
}
