using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// Power plants and protected areas are named facilities and zones, places (guidelines E7, E8; the project's golds tag 核电站,
/// 风电场, 电厂 and 国家级自然保护区 names LOC). Their heads join <see cref="EntitySuffixes.EndsPlaceName"/>'s endings (<see cref="Endings"/>),
/// so that <see cref="FacilityNames.Extend"/> runs a place the tagger found through them (某山 国家级 自然保护区); and a plant the
/// tagger typed an organisation, as MSRA's training text does, is a place (<see cref="Retype"/>), and so is a base (基地) named
/// by what or whose it is (某某能源化工基地, 某某观测基地, 某车企合肥基地): MSRA's training text tags 22 names ending in 基地 places
/// (昆明海埂训练基地, 嘉手纳空军基地) and 4 organisations, two of them research bases (某某综合防治研究基地), which stay
/// organisations here; the design golds tag 19 places and 4 organisations. A farm's base (某某生猪养殖基地) is a body
/// (<see cref="Companies.FarmNames"/>). Part of the facilities rule. Stateless.
/// </summary>
internal static class PlantsAndReserves
{
    /// <summary>Heads of plants and protected areas (保护区 ends 自然保护区; 电站 ends 核电站, 水电站 and is already a 站).</summary>
    public static readonly string[] Endings = ["电厂", "风电场", "保护区", "水利枢纽"];

    /// <summary>What ends a plant's name: a plant the tagger typed an organisation is a place.</summary>
    private static readonly string[] Plants = ["电站", "电厂", "风电场"];

    /// <summary>What ends a base's name (生产基地 alone is no name: two characters at least before it).</summary>
    private const string Base = "基地";

    /// <summary>A research base, an institute more than a site: MSRA's training text tags both it has organisations.</summary>
    private const string ResearchBase = "研究基地";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Retype(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('电', '基') < 0) return; // most sentences name no plant nor base
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
            if (type == EntityType.ORG && end - start >= 4 && (Prefixes.EndsWithAny(text[start..end], Plants) || text[start..end].EndsWith(Base) && !text[start..end].EndsWith(ResearchBase)))
                BioesLabels.Mark(labels, start, end, EntityType.LOC);
    }
}
