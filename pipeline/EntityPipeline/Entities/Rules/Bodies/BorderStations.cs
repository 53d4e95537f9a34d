using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A border inspection station (边检站, 边检总站, 出入境边防检查站) is a body of the immigration inspection, not a station one
/// travels to: a place the tagger read from its 站 is an organisation, one with the city or province the tagger found right before
/// it (某市出入境边防检查总站), as the golds tag it (E2). Part of the bodies rule. Stateless.
/// </summary>
internal static class BorderStations
{
    private static readonly string[] Endings = ["边检站", "边检总站", "边防检查站", "边防检查总站"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('检') < 0) return; // most sentences name no inspection station
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || !Prefixes.EndsWithAny(text[start..end], Endings)) continue;
            int city = BioesLabels.StartOfSpanEndingAt(labels, start);
            bool located = city >= 0 && BioesLabels.TypeOf(labels[start - 1]) == EntityType.LOC && DivisionChains.OuterDivisionAt(text[city..start]) == start - city;
            BioesLabels.Mark(labels, located ? city : start, end, EntityType.ORG);
        }
    }
}
