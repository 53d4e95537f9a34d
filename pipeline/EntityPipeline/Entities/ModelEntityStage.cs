using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Consistency;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Processing;
using EntityPipeline.Text;

namespace EntityPipeline.Entities;

/// <summary>
/// Adds the mention layer with the trained tagger (source = model), sentence by sentence, from the
/// jieba words of the token layer. With <paramref name="documentConsistency"/>, strings tagged once are
/// tagged wherever else they occur in the document, the untagged items of a mostly tagged 、-list like
/// the others, and names cut short on the left are made whole from another mention (<see cref="DocumentConsistency.Apply"/>); those mentions, and the place abbreviations the tagger
/// splits or joins (<see cref="AbbreviationRuns"/>), say source = rule (<see cref="MentionSource"/>). A sentence the model was
/// taught (<see cref="EntityTagger.Taught"/>) keeps its corrected entities alone. The tagger is shared; each thread tags through
/// its own session.
/// </summary>
public sealed class ModelEntityStage(EntityTagger tagger, bool documentConsistency = true) : IStage
{
    private readonly ThreadLocal<TaggingSession> _session = new(tagger.CreateSession);

    /// <summary>Whether the model was refined on a user's text (<see cref="EntityTagger.Domain"/>).</summary>
    public bool HasDomain => tagger.Domain is not null;

    public string Name => nameof(ModelEntityStage);
    public Layers Requires => Layers.Sentences | Layers.Tokens;
    public Layers Produces => Layers.Mentions;

    public void Process(Document document)
    {
        var tokens = document.Tokens.AsSpan();
        if (tagger.Features.Pos && tokens.Length > 0 && string.IsNullOrEmpty(tokens[0].Pos))
            throw new InvalidOperationException("the tagger model reads parts of speech, but the tokens have none: segment with the model's POS source (SegmentationStage(tagger.Features.Segmentation))");
        var mentions = new List<Mention>();
        var session = _session.Value!;
        session.Tag(document.Text, [.. document.Sentences.Select(s => (s.Start, s.End))], tokens, mentions);
        if (session.UsedDomain) document.MarkTaggedInModelDomain();
        if (documentConsistency)
        {
            // Nothing is spread into or repaired in a sentence the user corrected: it comes out as corrected (EntityTagger.Taught).
            var taught = session.TaughtSentences;
            var tagged = mentions;
            mentions = DocumentConsistency.Apply(CharFold.Simplify(document.Text), mentions); // 陳 found where 陈 was tagged
            if (taught.Count > 0)
            {
                bool InTaught(Mention m) => taught.Any(s => m.Start >= s.Start && m.End <= s.End);
                mentions = [.. mentions.Where(m => !InTaught(m)).Concat(tagged.Where(InTaught)).OrderBy(m => m.Start)];
            }
        }
        document.SetMentions([.. mentions]);
    }
}
