using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// The sun, the earth and the moon named alone (太阳, 地球, 月球) are no places: People's Daily, CLUENER and the project's golds leave
/// them untagged, as guidelines E12 leaves 全球; the tagger learnt MSRA's habit of tagging them LOC. A place that is one of these
/// words whole is dropped (太阳岛 and 地球村 are longer and stay). Part of the directions rule. Stateless.
/// </summary>
internal static class CelestialBodies
{
    private static readonly FrozenSet<string> Words = new[] { "太阳", "地球", "月球", "月亮" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Firsts = System.Buffers.SearchValues.Create("太地月");

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Drop(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny(Firsts) < 0) return; // most sentences name none: their spans are not listed
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
            if (type == EntityType.LOC && words.Contains(text[start..end])) labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
    }
}
