using System.Text.RegularExpressions;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A country or a force with the number of a team it sends and the team (中国第42次南极考察队, 中国第二十六批援坦桑尼亚医疗队, 海军第48批护航编队)
/// is one organisation, as the golds tag it (E2: longest span): the tagger stops at the country or force and tags the team's
/// noun alone, or nothing. The team ends at the first 队 or 团 within a few characters of the number, with no punctuation
/// between. Part of the bodies rule. Stateless.
/// </summary>
internal static partial class NumberedTeams
{
    [GeneratedRegex("第[0-9０-９一二三四五六七八九十百零两]+[次批届]")]
    private static partial Regex Number();

    private const int LongestTeam = 12;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('第') < 0) return;
        foreach (var number in Number().EnumerateMatches(text[..length]))
        {
            int at = number.Index, after = at + number.Length;
            if (at == 0 || BioesLabels.StartOfSpanEndingAt(labels, at) is not (>= 0 and var start) || !Sends(text[start..at], BioesLabels.TypeOf(labels[start]))) continue;
            int end = TeamEnd(text, after, Math.Min(length, after + LongestTeam));
            if (end < 0 || end < length && !BioesLabels.CanStart(labels[end])) continue;
            BioesLabels.Mark(labels, start, end, EntityType.ORG);
        }
    }

    /// <summary>
    /// A team's number with no sender before it (第9次北极科考队) is part of the team the tagger found right after it, as the
    /// golds tag the team whole with its sender (E2: longest span); MSRA tags no team so, either way.
    /// </summary>
    public static void JoinUnsent(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('第') < 0) return;
        foreach (var number in Number().EnumerateMatches(text[..length]))
        {
            int at = number.Index, after = at + number.Length;
            if (after >= length || !BioesLabels.AllOutside(labels, at, after)) continue;
            if (labels[after] == BioesLabels.Outside || BioesLabels.TypeOf(labels[after]) != EntityType.ORG || !BioesLabels.CanStart(labels[after])) continue;
            int end = TeamEnd(text, after, Math.Min(length, after + LongestTeam));
            if (end < 0 || BioesLabels.StartOfSpanEndingAt(labels, end) != after) continue;
            BioesLabels.Mark(labels, at, end, EntityType.ORG);
        }
    }

    /// <summary>Whether a mention before the number sends teams: a country (China too) or a force (an organisation).</summary>
    private static bool Sends(ReadOnlySpan<char> mention, EntityType type) =>
        type == EntityType.ORG || type == EntityType.LOC && CountryPlaces.IsCountry(mention);

    /// <summary>The end of the first 队 or 团 after <paramref name="from"/> before <paramref name="limit"/> with only Han characters between, or -1.</summary>
    private static int TeamEnd(ReadOnlySpan<char> text, int from, int limit)
    {
        for (int i = from; i < limit; i++)
        {
            if (!HanCharacters.IsHan(text[i])) return -1;
            if (text[i] is '队' or '团' && i > from) return i + 1;
        }
        return -1;
    }
}
