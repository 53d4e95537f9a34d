using System.Collections.Immutable;

namespace EntityPipeline.Training;

/// <summary>Makes a set of spans non-overlapping for BIOES labelling: longer spans win, then earlier ones.</summary>
public static class SpanOverlap
{
    public static ImmutableArray<EntitySpan> KeepLongest(IEnumerable<EntitySpan> spans)
    {
        var kept = new List<EntitySpan>();
        foreach (var span in spans.Distinct().OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
            if (!kept.Any(k => k.Start < span.End && span.Start < k.End))
                kept.Add(span);
        return [.. kept.OrderBy(s => s.Start)];
    }
}
