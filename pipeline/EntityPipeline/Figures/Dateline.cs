namespace EntityPipeline.Figures;

/// <summary>
/// The dateline near the top of a news article: an agency or paper, the place it reports from and the day,
/// with the reporters in brackets (新华社成都1月25日电（记者 王敏）, 本报北京3月5日讯). GUIDELINES F9: a
/// figure's subject never comes from a dateline, nor its period from the day the report was filed.
/// </summary>
internal static class Dateline
{
    private const int SearchWindow = 200;
    private const int MaxPlace = 10;

    private static readonly string[] Agencies = ["新华社", "中新社", "中新网", "本报", "人民网", "新华网", "央视网", "中国新闻网", "法新社", "路透社", "美联社"];

    /// <summary>The dateline's span in the first <see cref="SearchWindow"/> characters, or null.</summary>
    public static (int Start, int End)? Find(string text)
    {
        int window = Math.Min(text.Length, SearchWindow);
        foreach (var agency in Agencies)
        {
            for (int at = text.IndexOf(agency, 0, window, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < window ? text.IndexOf(agency, at + 1, window - at - 1, StringComparison.Ordinal) : -1)
            {
                if (EndOf(text, at + agency.Length) is { } end) return (at, end);
            }
        }
        return null;
    }

    /// <summary>After the agency: a place of a few Han characters, then N月N日 and 电 or 讯, then an optional bracket.</summary>
    private static int? EndOf(string text, int i)
    {
        int k = i;
        while (k < text.Length && k - i <= MaxPlace && TextRules.IsHan(text[k]) && !NumeralChars.CanStart(text[k])) k++;
        int day = text.IndexOf('日', k, Math.Min(8, text.Length - k));
        if (day < 0 || text.IndexOf('月', k, day - k) < 0) return null;
        for (int d = k; d < day; d++)
            if (text[d] != '月' && !NumeralChars.CanStart(text[d])) return null;
        int end = day + 1;
        if (end >= text.Length || text[end] is not ('电' or '讯')) return null;
        end++;
        if (end < text.Length && text[end] is '（' or '(')
        {
            int close = text.IndexOfAny(['）', ')'], end, Math.Min(40, text.Length - end));
            if (close > 0) end = close + 1;
        }
        return end;
    }
}
