using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// A resort or theme park named with its city (某城青禾乐园, 某城欢乐谷, 某城国际海洋度假区) is one place: the city is part of the
/// park's name, where the tagger read two places side by side (某城/LOC 青禾乐园/LOC). The design golds keep all twelve such
/// parks after a city whole (a district before a flower market they split), and MSRA names none. Not after a district, county,
/// town or province, which only locate a park. Part of the facilities rule. Stateless.
/// </summary>
internal static class ResortNames
{
    private static readonly string[] Resorts = ["度假区", "度假村", "乐园", "欢乐谷"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!text[..length].ContainsAny("园区谷村")) return; // most sentences name no park
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.LOC || !Prefixes.EndsWithAny(text[start..end], Resorts)) continue;
            int city = BioesLabels.StartOfSpanEndingAt(labels, start);
            if (city >= 0 && BioesLabels.TypeOf(labels[city]) == EntityType.LOC && LocatedFacilities.IsCity(text[city..start])) BioesLabels.Mark(labels, city, end, EntityType.LOC);
        }
    }
}
