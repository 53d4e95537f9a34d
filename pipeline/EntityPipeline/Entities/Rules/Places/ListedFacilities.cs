using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A listed place (<see cref="ListedPlaces"/>: a city abroad, a river, a district of Hong Kong or Macao) before a facility or named
/// place with a name of its own only locates it, and is a place of its own, as <see cref="LocatedFacilities"/> splits a city of
/// China (E3, E7: 柏林 爱乐大厅, 某江 某某水电站). The design golds split 90 such pairs (countries' too) and keep 79 whole, most of
/// them a city and common words (某城国际机场, 某城会展中心), which stay; so do ports' terminals, zones, reserves and the places on a
/// lake's or bay's shore. Part of the division-chains rule, after <see cref="LocatedFacilities"/>. Stateless.
/// </summary>
internal static class ListedFacilities
{
    /// <summary>
    /// How a named street or hall ends (某某街, 某某大厅): after its city, common words name one too. Not 广场: CLUENER keeps a city
    /// and its square whole.
    /// </summary>
    private static readonly string[] Quarters = ["街", "大厅"];

    /// <summary>
    /// Facilities whose name the golds keep with the place before it: a port's terminals and berths (某某货柜码头), zones and scenic
    /// areas and reserves (as <see cref="LocatedFacilities"/> keeps them after a city of China; not an airport), and a road or its
    /// bridge named from a border river.
    /// </summary>
    private static readonly string[] Kept = ["码头", "泊位", "高新区", "开发区", "景区", "合作区", "保护区", "公路"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end - start < 5) continue;
            var place = text[start..end];
            int listed = ListedPlaces.ListedAt(place), at = start + listed;
            // Not after a lake or bay, which names the station or square on its shore (某湖观测站, 某湾广场: the golds keep it whole).
            if (listed < 2 || end - at < 3 || text[at - 1] is '湖' or '湾' || PlaceNames.Lexicon.TypesOf(text[at..end]) != 0 || LocatedFacilities.Contains(text[at..end], Kept)) continue;
            if (WordsAt.Starting(words, baseOffset, at) is not { } first || !OwnName(text[at..end], first)) continue;
            BioesLabels.Mark(labels, start, at, EntityType.LOC);
            BioesLabels.Mark(labels, at, end, EntityType.LOC);
        }
    }

    /// <summary>
    /// Whether what follows the listed place is a facility or named place with a name of its own: its first jieba word is a Han
    /// name (某某/ns), or a common word before a street's or hall's ending (爱乐 大厅).
    /// </summary>
    private static bool OwnName(ReadOnlySpan<char> rest, Token first)
    {
        if (!CutCharacters.IsHan(rest[0]) || Prefixes.IndexAt(rest, LocatedFacilities.Generic) >= 0 || FacilityNames.IsCommonVenue(rest)) return false;
        if (first.Length < 2 || first.Length == rest.Length && first.Pos is not ("ns" or "nr" or "nrt")) return false;
        if (first.Pos is "ns" or "nr" or "nrt" or "nz") return LocatedFacilities.Named(rest) || Prefixes.EndsWithAny(rest, Quarters);
        return first.Pos.StartsWith('n') && Prefixes.EndsWithAny(rest, Quarters);
    }
}
