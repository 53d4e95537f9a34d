using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// Metro lines, railways and expressways the tagger leaves untagged, which are places (guidelines E7): a line named by its number
/// (2号线, <see cref="TagNumbered"/>) and a route named by the abbreviations of its ends (合新高铁, <see cref="TagAbbreviated"/>).
/// The corpora of 1998 name neither. A line cut inside 号线 or from its station is made whole (<see cref="JoinLines"/>), and a station
/// the tagger typed an organisation is a place (灵璧站, <see cref="RetypeStations"/>).
/// Part of the facilities rule, before <see cref="FacilityNames.Extend"/> runs a place before them into them. Stateless.
/// </summary>
internal static class TransitLines
{
    /// <summary>
    /// A metro or rail line named by its number is a place (E7: 上海地铁11号线), bare (与2号线换乘) or after 地铁 or 轨道交通 the
    /// tagger left untagged: the corpora of 1998 name no lines, so the tagger leaves them. A place before it then takes it in
    /// (<see cref="FacilityNames.Extend"/>: 成都 地铁18号线).
    /// </summary>
    public static void TagNumbered(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf(LineWord) < 0) return;
        for (int w = 1; w < words.Length; w++)
        {
            int start = words[w - 1].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || !text[(words[w].Start - baseOffset)..end].SequenceEqual(LineWord) || words[w - 1].Pos != "m"
                || !text[start..(words[w - 1].End - baseOffset)].ContainsAnyInRange('0', '9') || !BioesLabels.AllOutside(labels, start, end)) continue;
            for (int v = w - 2; v >= 0 && words[v].End - baseOffset == start && BioesLabels.AllOutside(labels, words[v].Start - baseOffset, start)
                 && text[(words[v].Start - baseOffset)..start] is "地铁" or "轨道交通"; v--)
                start = words[v].Start - baseOffset;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }

    private const string LineWord = "号线";

    /// <summary>
    /// A line the tagger ended inside 号线 (某城地铁7号/LOC 线) runs to its end, and a line and the station after it that the tagger
    /// read as two places (某城地铁2号线/LOC 某某站/LOC) are one (E7: 上海地铁11号线昆山花桥站). After <see cref="TagNumbered"/>.
    /// </summary>
    public static void JoinLines(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf(LineWord); at >= 0; at = NextLine(text, at, length))
        {
            int lineEnd = at + LineWord.Length;
            if (labels[at + 1] == BioesLabels.Outside && BioesLabels.StartOfSpanEndingAt(labels, at + 1) is >= 0 and var cut && BioesLabels.TypeOf(labels[cut]) == EntityType.LOC)
                BioesLabels.Mark(labels, cut, lineEnd, EntityType.LOC);
            if (lineEnd >= length || labels[lineEnd] == BioesLabels.Outside || BioesLabels.TypeOf(labels[lineEnd]) != EntityType.LOC
                || BioesLabels.StartOfSpanEndingAt(labels, lineEnd) is not (>= 0 and var line) || BioesLabels.TypeOf(labels[line]) != EntityType.LOC) continue;
            int stationEnd = BioesLabels.EndOfSpanStartingAt(labels, lineEnd);
            if (text[stationEnd - 1] == '站') BioesLabels.Mark(labels, line, stationEnd, EntityType.LOC);
        }
    }

    private static int NextLine(ReadOnlySpan<char> text, int at, int length)
    {
        int next = text[(at + 1)..length].IndexOf(LineWord);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>
    /// A railway or expressway named by the one-character abbreviations of its ends is a place (E7: 沪宁沿江高铁; 合新高铁, 厦蓉高速,
    /// 蒙内铁路, 京港澳高速), with its route number before it (G60沪昆高速): jieba does not know the pair (x) or calls it an
    /// abbreviation (j) or a name (京广/nz), and the tagger leaves it or tags its ends as places (京/LOC 广高铁).
    /// </summary>
    public static void TagAbbreviated(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOfAny("高铁") < 0) return; // most sentences name no route
        var routes = RouteWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 1; w < words.Length; w++)
        {
            int at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || !routes.Contains(text[at..end]) || EndsFirst(text, words, baseOffset, w) is not (>= 0 and var first)) continue;
            int start = words[first].Start - baseOffset;
            if (!BioesLabels.AllOutside(labels, at, end) || !BioesLabels.CanStart(labels[start]) || !BioesLabels.OnlyOutsideOr(labels, start, at, EntityType.LOC))
                continue; // the tagger's abbreviations inside the pair give way (京/LOC 广高铁)
            if (first >= 1 && words[first - 1].End - baseOffset == start && words[first - 1].End - words[first - 1].Start == 1
                && ShortForms.IsPlaceAbbreviation(text[start - 1]) && BioesLabels.CanStart(labels[start - 1]) && BioesLabels.OnlyOutsideOr(labels, start - 1, start, EntityType.LOC))
                (first, start) = (first - 1, start - 1); // three ends (京/ns 港澳/j 高速)
            if (first >= 1 && words[first - 1].End - baseOffset == start && IsRouteNumber(text[(words[first - 1].Start - baseOffset)..start])
                && BioesLabels.AllOutside(labels, words[first - 1].Start - baseOffset, start))
                start = words[first - 1].Start - baseOffset;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }

    /// <summary>
    /// The first of the words before route word <paramref name="route"/> that name its ends by abbreviations, or −1: one word of two
    /// characters jieba does not know, calls an abbreviation or a name (合新/x, 京广/nz, 兰新/nr), one of three that opens with a
    /// province's (沪渝蓉/x), or two words of one character, one of them a province's (西/f 渝/j, 沪/j 昆/ns; not 进/v 京/j: into Beijing).
    /// </summary>
    private static int EndsFirst(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int route)
    {
        var before = words[route - 1];
        int start = before.Start - baseOffset, length = before.End - before.Start;
        if (before.End - baseOffset != words[route].Start - baseOffset) return -1;
        if (length == 2 && before.Pos is "x" or "j" or "nz" or "nr") return route - 1;
        if (length == 3 && before.Pos is "x" or "j" && ShortForms.IsPlaceAbbreviation(text[start])) return route - 1;
        if (length != 1 || route < 2) return -1;
        var first = words[route - 2];
        int firstStart = first.Start - baseOffset;
        return first.End - first.Start == 1 && first.End == before.Start && IsAbbreviationWord(text[firstStart], first.Pos) && IsAbbreviationWord(text[start], before.Pos)
            && (ShortForms.IsPlaceAbbreviation(text[firstStart]) || ShortForms.IsPlaceAbbreviation(text[start])) ? route - 2 : -1;
    }

    /// <summary>A one-character word that may abbreviate a place: Han, and to jieba an abbreviation, a place, a name, a noun or a direction.</summary>
    private static bool IsAbbreviationWord(char c, string pos) => HanCharacters.IsHan(c) && pos is "j" or "ns" or "nr" or "n" or "f" or "x";

    private static readonly FrozenSet<string> RouteWords =
        new[] { "高铁", "铁路", "高速", "高速公路", "城际铁路" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A route number: a capital letter and digits (G60, S20).</summary>
    private static bool IsRouteNumber(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsAsciiLetterUpper(word[0]) && !word[1..].ContainsAnyExceptInRange('0', '9');

    /// <summary>What a station is named after besides a place (科技大学站, 人民医院站).</summary>
    private static readonly string[] NamedAfter = ["大学", "学院", "医院"];

    /// <summary>
    /// An organisation whose last word is jieba's word for a station (站, 北站 …) after a place's name (灵璧站, 六合北站) or after
    /// the university or hospital it is named after (科技大学站, 人民医院站) is that station, a place (E7). Bodies called a station
    /// are one jieba word with their kind (工作站, 气象站) or name a kind before 站 (液化气站, 动检站) and stay.
    /// </summary>
    public static void RetypeStations(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf('站') < 0) return;
        for (int w = 1; w < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (start <= 0 || end > length || text[start..end] is not ("站" or "北站" or "南站" or "东站" or "西站")
                || words[w - 1].Pos is not ("ns" or "nr" or "nrt" or "x" or "j") && !Prefixes.EndsWithAny(text[..start], NamedAfter)) continue;
            int spanStart = BioesLabels.StartOfSpanEndingAt(labels, end);
            if (spanStart >= 0 && spanStart < start && BioesLabels.TypeOf(labels[spanStart]) == EntityType.ORG)
                BioesLabels.Mark(labels, spanStart, end, EntityType.LOC);
        }
    }
}
