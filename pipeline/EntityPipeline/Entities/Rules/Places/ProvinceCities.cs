using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A province and the city after it are two places (guidelines E3), abroad as at home, where the tagger tags them as one
/// (哈塔伊省安塔基亚/LOC): the gazetteer that splits a Chinese chain (<see cref="DivisionChains"/>) holds no province abroad. A
/// place with 省 inside, two characters or more on either side, splits after 省 when what follows ends in no place's or
/// facility's word (湖南省博物馆, 广东省体育场 keep their province: a name of their own). Part of the division-chains rule.
/// Stateless.
/// </summary>
internal static class ProvinceCities
{
    private const char Province = '省';

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf(Province) < 0) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.LOC) continue;
            int at = text[start..end].IndexOf(Province) + start;
            if (at < start + 2 || end - at - 1 < 2) continue;
            var city = text[(at + 1)..end];
            if (EntitySuffixes.Classify(city) != EntitySuffixes.None || EntitySuffixes.ClassifyFacility(city) != EntitySuffixes.None) continue;
            BioesLabels.Mark(labels, start, at + 1, EntityType.LOC);
            BioesLabels.Mark(labels, at + 1, end, EntityType.LOC);
        }
    }
}
