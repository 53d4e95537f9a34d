using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;

namespace EntityPipeline.Entities.Rules.Consistency;

/// <summary>
/// Document-level consistency: a string the model tagged as an entity somewhere in a document is tagged
/// with the same type wherever else it occurs there, when no mention already overlaps that place (a name
/// is usually spelled in full once and missed later in a different context). Only strings of two or more
/// characters tagged with confidence ≥ <see cref="MinConfidence"/> spread, and the short names a text gives (<see cref="ShortNames.IsGiven"/>). An added mention says source = rule and takes
/// the highest confidence of the mentions it copies times 0.8: a rule-made mention is never surer than its evidence.
/// </summary>
public static class DocumentConsistency
{
    public const double MinConfidence = 0.6;
    private const double CopyDiscount = 0.8;

    /// <summary>The consistencies of a document: list items filled in (<see cref="ListConsistency"/>), names cut short made whole (<see cref="CutNames"/>), then strings spread.</summary>
    public static List<Mention> Apply(string text, IReadOnlyList<Mention> mentions) =>
        Propagate(text, CutNames.Repair(text, ListConsistency.Complete(text, mentions)));

    /// <summary>Returns <paramref name="mentions"/> (sorted by start) with the propagated mentions added, still sorted and not overlapping.</summary>
    public static List<Mention> Propagate(string text, IReadOnlyList<Mention> mentions)
    {
        var sources = mentions
            .Where(m => m.Length >= 2 && (m.Confidence >= MinConfidence || m.Source == MentionSource.Rule && ShortNames.IsGiven(text, m.Start, m.End)))
            .GroupBy(m => text.Substring(m.Start, m.Length), StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Type: g.GroupBy(m => m.Type).OrderByDescending(t => t.Count()).ThenBy(t => t.Key).First().Key, Confidence: g.Max(m => m.Confidence)))
            .ToList();
        var taken = new bool[text.Length];
        foreach (var m in mentions)
            for (int i = m.Start; i < m.End; i++) taken[i] = true;
        var result = new List<Mention>(mentions);
        // One sweep of the text per distinct length, longest first, looking each window up in a table:
        // linear in the text, where searching the text once per string was quadratic on long documents.
        foreach (var sameLength in sources.GroupBy(s => s.Text.Length).OrderByDescending(g => g.Key))
        {
            int length = sameLength.Key;
            var table = sameLength.ToDictionary(s => s.Text, s => (s.Type, s.Confidence), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            for (int at = 0; at + length <= text.Length; at++)
            {
                if (taken[at] || !table.TryGetValue(text.AsSpan(at, length), out var found)) continue;
                if (taken.AsSpan(at, length).Contains(true)) continue;
                taken.AsSpan(at, length).Fill(true);
                result.Add(new Mention(at, at + length, found.Type, MentionSource.Rule, Math.Round(found.Confidence * CopyDiscount, 4)));
                at += length - 1;
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
