using EntityPipeline.Entities.Tagging;
using EntityPipeline.Input;
using EntityPipeline.Processing;

namespace EntityPipeline.Training;

/// <summary>
/// Pseudo-rehearsal (spaCy's <c>rehearse</c>): plain articles tagged by the model being refined become training examples
/// with the model's own labels. Mixed into a refinement on a few corrections, they hold the model to what it already tags
/// right on the user's kind of text, which a refinement on the corrections alone forgets. The labels are the model's, sentence by
/// sentence, without the document-level rules that <c>run</c> adds after it (those still apply when the refined model runs).
/// </summary>
public static class Rehearsal
{
    /// <summary>What went into a refinement as rehearsal, for the model card.</summary>
    public sealed record Summary(IReadOnlyList<string> Paths, int Documents, int Sentences, long Characters);

    /// <summary>
    /// The sentences of every article under <paramref name="paths"/> (folders of .txt files, read as <c>run</c> reads them,
    /// or single files), each with the entities <paramref name="tagger"/> gives it. Sentences whose text is in
    /// <paramref name="exclude"/> (the annotated ones) are left out, so the model's old labels never vote against a
    /// correction. An article that cannot be read, or a path without any, stops it, naming the file or folder.
    /// </summary>
    public static (IReadOnlyList<AnnotatedSentence> Examples, Summary Summary) Label(
        EntityTagger tagger, IReadOnlyList<string> paths, IReadOnlySet<string> exclude)
    {
        var processor = new DocumentProcessor(PipelineFactory.Create(new PipelineOptions { Figures = false, DocumentConsistency = false }, tagger));
        var examples = new List<AnnotatedSentence>();
        int documents = 0;
        foreach (var path in paths)
        {
            var sources = DocumentSource.List(path);
            if (sources.Count == 0) throw new InvalidDataException($"{path}: no .txt articles to rehearse");
            foreach (var source in sources)
            {
                var result = processor.Process(source);
                var document = result.Document
                    ?? throw new InvalidDataException($"{source.FullPath}: cannot be read for rehearsal: {result.Message}");
                documents++;
                var bySentence = document.Mentions.ToLookup(m => document.SentenceAt(m.Start)); // as entities.csv gives sentence_id
                foreach (var sentence in document.Sentences)
                {
                    var text = document.Slice(sentence.Start, sentence.End);
                    if (text.Length == 0 || exclude.Contains(text)) continue;
                    var entities = bySentence[sentence.Index]
                        .Where(m => m.End <= sentence.End) // the tagger keeps to sentences; checked, not assumed
                        .Select(m => new EntitySpan(m.Start - sentence.Start, m.End - sentence.Start, m.Type));
                    examples.Add(new AnnotatedSentence(text, [.. entities], DocumentId: "rehearsal:" + source.FullPath, ModelLabelled: true));
                }
            }
        }
        return (examples, new Summary(paths, documents, examples.Count, examples.Sum(e => (long)e.Text.Length)));
    }
}
