using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A firm's factory named by the country, province or city it stands in (比亚迪巴西工厂, 宁德时代匈牙利工厂, 某车企上海工厂) is no
/// organisation of its own: 工厂 is a common noun, so the firm and the place are the mentions, as the golds tag them (E4). Only an
/// organisation that ends in a place and 工厂 exactly, with a name of at least two characters before the place, is split; a named
/// plant (超级工厂, 一号工厂) stays whole. Part of the companies rule. Stateless.
/// </summary>
internal static class LocatedFactories
{
    private const string Factory = "工厂";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < 6 || !text[start..end].EndsWith(Factory)) continue;
            int placeEnd = end - Factory.Length, place = PlaceBefore(text[start..placeEnd]);
            if (place < 0) continue;
            labels.AsSpan(placeEnd, Factory.Length).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, start + place, EntityType.ORG);
            BioesLabels.Mark(labels, start + place, placeEnd, EntityType.LOC);
        }
    }

    /// <summary>Where the place that ends <paramref name="name"/> starts, the longest, leaving two characters or more before it; −1 when none.</summary>
    private static int PlaceBefore(ReadOnlySpan<char> name)
    {
        for (int at = 2; at + 2 <= name.Length; at++)
        {
            var rest = name[at..];
            if (CountryPlaces.IsCountry(rest) || DivisionChains.OuterDivisionAt(rest) == rest.Length) return at;
        }
        return -1;
    }
}
