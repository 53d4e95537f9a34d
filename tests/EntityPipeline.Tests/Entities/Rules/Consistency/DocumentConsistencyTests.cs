using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Consistency;

namespace EntityPipeline.Tests.Entities.Rules.Consistency;

public sealed class DocumentConsistencyTests
{
    [Fact]
    public void A_confident_mention_spreads_to_untagged_occurrences_only()
    {
        // 长三角 tagged at 0 (confident) spreads to 7; not into 长三角洲 at 12 where 长三角洲 is already a mention.
        const string text = "长三角发展快，长三角很大，长三角洲也是。";
        Mention[] mentions =
        [
            new(0, 3, EntityType.LOC, MentionSource.Model, 0.9),
            new(13, 17, EntityType.LOC, MentionSource.Model, 0.7),
        ];
        var result = DocumentConsistency.Propagate(text, mentions);
        Assert.Equal(["0-3 LOC", "7-10 LOC", "13-17 LOC"], result.Select(m => $"{m.Start}-{m.End} {m.Type}"));
        // The copy is the rule's, as sure as its evidence times 0.8 (0.9 × 0.8); the model's own mentions keep their source.
        Assert.Equal([MentionSource.Model, MentionSource.Rule, MentionSource.Model], result.Select(m => m.Source));
        Assert.Equal(0.72, result[1].Confidence, 6);
    }

    [Fact]
    public void Unsure_or_single_character_mentions_do_not_spread()
    {
        const string text = "京津冀，京津冀。沪，沪。";
        Mention[] mentions =
        [
            new(0, 3, EntityType.LOC, MentionSource.Model, 0.4),
            new(8, 9, EntityType.LOC, MentionSource.Model, 0.99),
        ];
        Assert.Equal(mentions, DocumentConsistency.Propagate(text, mentions));
    }

    [Fact]
    public void A_short_name_the_text_gives_spreads_however_unsure_the_model_was()
    {
        // 临交 given in brackets after its full name (a rule's mention, the model unsure of it) spreads to its later mention.
        const string text = "临川交响乐团（“临交”）举办音乐会。临交将赴外地演出。";
        Mention[] mentions =
        [
            new(0, 6, EntityType.ORG, MentionSource.Model, 0.9),
            new(8, 10, EntityType.ORG, MentionSource.Rule, 0.2),
        ];
        Assert.Equal(["0-6", "8-10", "18-20"], DocumentConsistency.Propagate(text, mentions).Select(m => $"{m.Start}-{m.End}"));
        // The model's own unsure mention in the same place does not.
        Mention[] model = [mentions[0], new(8, 10, EntityType.ORG, MentionSource.Model, 0.2)];
        Assert.Equal(model, DocumentConsistency.Propagate(text, model));
    }

    [Fact]
    public void Apply_fills_list_items_first_so_that_they_spread_too()
    {
        // 溧水 is filled from its list (confidence 0.9 × 0.8 = 0.72 ≥ 0.6) and then spreads to its later occurrence.
        const string text = "丹阳、溧水、太仓。溧水很美。";
        var result = DocumentConsistency.Apply(text, [new(0, 2, EntityType.LOC, MentionSource.Model, 0.9), new(6, 8, EntityType.LOC, MentionSource.Model, 0.9)]);
        Assert.Equal(["0-2 Model 0.9", "3-5 Rule 0.72", "6-8 Model 0.9", "9-11 Rule 0.576"], result.Select(m => $"{m.Start}-{m.End} {m.Source} {m.Confidence}"));
    }
}
