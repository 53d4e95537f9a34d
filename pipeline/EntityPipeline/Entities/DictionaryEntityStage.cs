using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Processing;

namespace EntityPipeline.Entities;

/// <summary>
/// The baseline entity stage, which needs no trained model: jieba's part-of-speech tags nr/nrfg/nrt → PER,
/// ns → LOC, nt → ORG (source = dictionary). Adjacent person tokens are merged, since jieba often
/// splits a surname from its given name. Requires tokens with POS.
/// </summary>
public sealed class DictionaryEntityStage : IStage
{
    /// <summary>jieba gives no probability; a dictionary tag is reported with this confidence.</summary>
    public const double DictionaryConfidence = 0.5;

    public string Name => nameof(DictionaryEntityStage);
    public Layers Requires => Layers.Sentences | Layers.Tokens;
    public Layers Produces => Layers.Mentions;

    public void Process(Document document)
    {
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        foreach (var token in document.Tokens)
        {
            if (TypeOf(token.Pos) is not { } type) continue;
            if (type == EntityType.PER && mentions.Count > 0 && mentions[^1] is { Type: EntityType.PER } last
                && last.End == token.Start && document.SentenceAt(last.Start) == document.SentenceAt(token.Start))
            {
                mentions[^1] = last with { End = token.End };
                continue;
            }
            mentions.Add(new Mention(token.Start, token.End, type, MentionSource.Dictionary, DictionaryConfidence));
        }
        document.SetMentions(mentions.ToImmutable());
    }

    internal static EntityType? TypeOf(string pos) => pos switch
    {
        "nr" or "nrfg" or "nrt" => EntityType.PER,
        "ns" => EntityType.LOC,
        "nt" => EntityType.ORG,
        _ => null,
    };
}
