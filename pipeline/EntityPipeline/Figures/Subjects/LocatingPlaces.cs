
namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Names that stand in a clause for something other than what its figures are about: a place that locates a name after it
/// (在草原深处的某某牧场, 在香港上市的车企某某, 位于某岛以东海域的某某风电场: 在 or 位于 X …的… Y, where Y is the topic; and a
/// place that opens its clause just before a 的 and a name, 浙南山区的某某村), and a one-character place that names a stock market (港股, 美股 in
/// 港股上市公司某某: the company is the topic).
/// </summary>
internal static class LocatingPlaces
{
    /// <summary>Characters after a one-character place that make it a market: 港股, 美股.</summary>
    private const string Markets = "股";

    /// <summary>Whether <paramref name="name"/> only locates another name of [.., <paramref name="end"/>) or names a market.</summary>
    public static bool Locates(string text, PlaceSpan name, int clauseStart, int end, List<PlaceSpan> groups)
    {
        if (name.Length == 1 && name.End < end && Markets.Contains(text[name.End])) return true;
        if (name.Start == clauseStart) return OpensBeforeAName(text, name, end, groups);
        if (name.Start < clauseStart || text[name.Start - 1] != '在' && !text.AsSpan(clauseStart, name.Start - clauseStart).EndsWith("位于")) return false;
        // 在塞外草原深处的某某牧场, 在香港上市的车企某某: a name after a 的 later in the clause is what the place locates.
        return groups.Exists(g => g.Start > name.End && g.End <= end && text.AsSpan(name.End, g.Start - name.End) is var between
            && between.Contains('的') && between.IndexOfAny('，', ',') < 0);
    }

    /// <summary>Characters a place that opens its clause may have after it before the 的 of a name it locates (浙南山区的: 山区).</summary>
    private const int MaxOpeningGap = 4;

    /// <summary>
    /// Whether a place that opens its clause locates the name right after a 的 a word or two later (浙南山区的某某村, 某市的某某区): that
    /// name is what the clause is about.
    /// </summary>
    private static bool OpensBeforeAName(string text, PlaceSpan name, int end, List<PlaceSpan> groups)
    {
        int of = text.AsSpan(name.End, Math.Min(MaxOpeningGap + 1, end - name.End)).IndexOf('的');
        return of >= 0 && groups.Exists(g => g.Start == name.End + of + 1);
    }
}
