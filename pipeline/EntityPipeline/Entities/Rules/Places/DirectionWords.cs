using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A direction is no place (issue 19; guidelines E5): in a route or a border (北起福州，南至厦门; 东临大海) the direction
/// character and its verb are never part of a place, so a place running over them is cut there (京福高铁北起 → 京福高铁,
/// 北起南通西站 → 南通西站) and a place that is only a direction (南) goes; so does a place that is only a direction and a position (北翼, 东侧). A
/// one-character place that is an abbreviation beside another (中南 as China and South Africa, as MSRA tags them) stays, and
/// so do divisions named with such words (东至县).
/// A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class DirectionWords
{
    /// <summary>The four directions (东, 南, 西, 北), shared with <see cref="DirectionPrefixes"/>.</summary>
    internal const string Directions = "东南西北";

    /// <summary>Verbs of a route or border after a direction (北起, 南至, 东临, 西接).</summary>
    private const string RouteVerbs = "起至到临邻接靠濒抵";

    /// <summary>Ends of divisions named so (东至县, 东起乡, 东临溪镇 are places).</summary>
    private const string DivisionEndings = "县乡镇区市村溪";

    /// <summary>Position words after a direction that make a part or side, not a place (北翼, 东侧, 西部).</summary>
    private const string Positions = "翼侧部面边端郊";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Guard(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny(Directions) < 0) return; // most sentences name no direction
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC) continue;
            int route = RouteAt(text, start, end, length);
            if (route >= 0)
            {
                // The direction and its verb go; what the place held before and after them are places of their own.
                int after = Math.Min(route + 2, end);
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
                if (route > start) BioesLabels.Mark(labels, start, route, EntityType.LOC);
                if (after < end) BioesLabels.Mark(labels, after, end, EntityType.LOC);
            }
            else if (IsSideOnly(text[start..end]) && !(end - start == 1 && BesideAbbreviation(labels, start, length)))
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
        }
    }

    /// <summary>Regions named by a direction, which open names as often as they follow places (西部陆海新通道运营中心, 南方电网).</summary>
    private static readonly FrozenSet<string> Regions =
        new[] { "东部", "西部", "南部", "北部", "中部", "东北", "西北", "西南", "东南", "东方", "西方", "南方", "北方" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A region word right before an organisation the tagger found, a jieba word of its own, opens the organisation's name
    /// (西部 陆海新通道运营中心/ORG, issue 19; 东方 日升证券/ORG): the tagger learnt from MSRA and E5 to leave direction words
    /// out of places, and cuts them off names too. Places keep their convention (中国西部, 西部地区).
    /// </summary>
    public static void JoinOpening(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOfAny(Directions + "中") < 0) return;
        var regions = Regions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 0; w + 1 < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end >= length || end - start != 2 || words[w + 1].Start - baseOffset != end || !regions.Contains(text[start..end])
                || !BioesLabels.AllOutside(labels, start, end) || labels[end] != BioesLabels.Label(EntityType.ORG, BioesLabels.B)
                && labels[end] != BioesLabels.Label(EntityType.ORG, BioesLabels.S)) continue;
            BioesLabels.Mark(labels, start, BioesLabels.EndOfSpanStartingAt(labels, end), EntityType.ORG);
        }
    }

    /// <summary>Where a direction followed by a route verb starts inside [start, end), or −1.</summary>
    private static int RouteAt(ReadOnlySpan<char> text, int start, int end, int length)
    {
        for (int i = start; i < end && i + 1 < length; i++)
        {
            // The verb inside the place (京福高铁北起), or the place only the direction (南 in 南至); 济南 in 济南至青岛 is a place.
            bool route = Directions.Contains(text[i]) && RouteVerbs.Contains(text[i + 1]) && (i + 1 < end || end - start == 1);
            if (route && !(i + 2 < length && DivisionEndings.Contains(text[i + 2]))) return i;
        }
        return -1;
    }

    private static bool IsSideOnly(ReadOnlySpan<char> place) =>
        Directions.Contains(place[0]) && (place.Length == 1 || place.Length == 2 && Positions.Contains(place[1]));

    /// <summary>Whether the one-character place at <paramref name="at"/> has a one-character place beside it (中南).</summary>
    private static bool BesideAbbreviation(int[] labels, int at, int length)
    {
        int single = BioesLabels.Label(EntityType.LOC, BioesLabels.S);
        return at > 0 && labels[at - 1] == single || at + 1 < length && labels[at + 1] == single;
    }
}
