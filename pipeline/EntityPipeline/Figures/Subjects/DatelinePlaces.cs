using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EntityPipeline.Dates;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// The place a dateline reports from, named again in the body with its level (本报石湄7月3日电 … 石湄市平均降雨量186毫米), where
/// the tagger left it untagged or cut it (从丹枫 tagged a person, 市森林防火指挥部 a body): a local report is mostly about that
/// division, and 全市 refers to it. The dateline itself still gives no subject
/// (GUIDELINES F9); only the body's own mention of the division does.
/// </summary>
internal static partial class DatelinePlaces
{
    /// <summary>The mentions of the dateline's place with a level (石湄市, 云岭县) after the dateline that no mention covers.</summary>
    public static List<PlaceSpan> Find(string text, ImmutableArray<Mention> mentions)
    {
        if (Dateline.Find(text) is not { } dateline || PlaceOf().Match(text, dateline.Start, dateline.End - dateline.Start) is not { Success: true } m) return [];
        string place = m.Groups["p"].Value;
        var found = new List<PlaceSpan>();
        for (int at = text.IndexOf(place, dateline.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(place, at + 1, StringComparison.Ordinal))
        {
            int end = at + place.Length + 1;
            // 石湄市场 names a market, not the city.
            if (end > text.Length || !"市县区省州".Contains(text[end - 1]) || (end < text.Length && text[end] == '场')) continue;
            if (!mentions.IsDefaultOrEmpty && mentions.Any(x => x.Start <= at && x.End >= end)) continue;
            found.Add(new PlaceSpan(at, end));
        }
        return found;
    }

    [GeneratedRegex(@"\G(?:" + Dateline.Agencies + @")(?<p>\p{IsCJKUnifiedIdeographs}{2,4}?)(?:[12１２][0-9０-９]{3}年)?[0-9０-９]{1,2}月")]
    private static partial Regex PlaceOf();
}
