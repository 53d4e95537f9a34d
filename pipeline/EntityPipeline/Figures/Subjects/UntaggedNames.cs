using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Names the tagger does not tag but a figure may be about (events, <see cref="EventNames"/>; works, <see cref="WorkTitles"/>;
/// quoted craft and products, <see cref="QuotedNames"/>), joined to the document's mentions for the attacher alone: typed ORG
/// and found by rule, with the mentions inside them (江南 of “江南杯”围棋公开赛) left out, and a place right before a quoted name
/// (中国“海燕号”), which describes it.
/// </summary>
internal static class UntaggedNames
{
    /// <summary>The mentions with <paramref name="names"/> among them, of <paramref name="type"/>; the mentions themselves when there are none.</summary>
    public static ImmutableArray<Mention> Join(string text, ImmutableArray<Mention> mentions, List<PlaceSpan> names, EntityType type = EntityType.ORG)
    {
        if (names.Count == 0) return mentions;
        return [.. mentions.Where(m => !names.Exists(n => m.Start < n.End && m.End > n.Start || m.End == n.Start && text[n.Start] == '“'))
            .Concat(names.Select(n => new Mention(n.Start, n.End, type, MentionSource.Rule, 1.0)))
            .OrderBy(m => m.Start)];
    }
}
