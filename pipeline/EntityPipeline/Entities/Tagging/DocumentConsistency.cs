using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Document-level consistency: a string the model tagged as an entity somewhere in a document is tagged
/// with the same type wherever else it occurs there, when no mention already overlaps that place (a name
/// is usually spelled in full once and missed later in a different context). Only strings of two or more
/// characters tagged with confidence ≥ <see cref="MinConfidence"/> spread; an added mention takes the
/// confidence of the mentions it copies, scaled down.
/// </summary>
public static class DocumentConsistency
{
    public const double MinConfidence = 0.6;
    private const double CopyDiscount = 0.8;

    /// <summary>Returns <paramref name="mentions"/> (sorted by start) with the propagated mentions added, still sorted and not overlapping.</summary>
    public static List<Mention> Propagate(string text, IReadOnlyList<Mention> mentions)
    {
        var sources = mentions
            .Where(m => m.Length >= 2 && m.Confidence >= MinConfidence)
            .GroupBy(m => text.Substring(m.Start, m.Length), StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Type: g.GroupBy(m => m.Type).OrderByDescending(t => t.Count()).ThenBy(t => t.Key).First().Key, Confidence: g.Max(m => m.Confidence)))
            .OrderByDescending(s => s.Text.Length).ThenBy(s => s.Text, StringComparer.Ordinal)
            .ToList();
        var taken = new bool[text.Length];
        foreach (var m in mentions)
            for (int i = m.Start; i < m.End; i++) taken[i] = true;
        var result = new List<Mention>(mentions);
        foreach (var (entity, type, confidence) in sources)
        {
            for (int at = text.IndexOf(entity, StringComparison.Ordinal); at >= 0; at = text.IndexOf(entity, at + 1, StringComparison.Ordinal))
            {
                if (taken.AsSpan(at, entity.Length).Contains(true)) continue;
                taken.AsSpan(at, entity.Length).Fill(true);
                result.Add(new Mention(at, at + entity.Length, type, MentionSource.Model, Math.Round(confidence * CopyDiscount, 4)));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
