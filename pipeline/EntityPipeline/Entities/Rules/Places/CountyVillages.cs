using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A county, district or city the gazetteer knows by its full name before a village in one place the tagger found (某某区 某某村) is
/// its own place, as the village is (guidelines E3; MSRA's training text splits every chain of a division and its village, and
/// <see cref="DivisionChains"/> splits a township from its village already). The village is a name of two or three characters
/// and 村. Part of the division chains rule, after <see cref="DivisionChains"/>. Stateless.
/// </summary>
internal static class CountyVillages
{
    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('村') < 0) return; // most sentences name no village
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || text[end - 1] != '村' || end - start < 5) continue;
            int division = DivisionChains.DivisionAt(text[start..end]);
            if (division == 0 || end - (start + division) is < 3 or > 4) continue;
            BioesLabels.Mark(labels, start, start + division, EntityType.LOC);
            BioesLabels.Mark(labels, start + division, end, EntityType.LOC);
        }
    }
}
