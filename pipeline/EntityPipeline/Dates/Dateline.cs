using System.Globalization;
using System.Text.RegularExpressions;
using EntityPipeline.Text;

namespace EntityPipeline.Dates;

/// <summary>
/// The dateline near the top of a news article: an agency or paper, the place it reports from and the day,
/// with the reporters in brackets (新华社成都1月25日电（记者 王敏）, 本报北京3月5日讯; a ship or station quoted: 新华社“雪龙2”号3月5日电). It gives the day of publication,
/// and its year where it states one (新华社北京2025年1月14日电); GUIDELINES F9: no figure's subject comes from it, nor its period.
/// </summary>
internal readonly partial record struct Dateline(int Start, int End, int? Year, int Month, int Day)
{
    private const int SearchWindow = 200;

    /// <summary>The dateline in the first <see cref="SearchWindow"/> characters, or null.</summary>
    public static Dateline? Find(string text)
    {
        var m = Pattern().Match(text, 0, Math.Min(text.Length, SearchWindow));
        if (!m.Success) return null;
        int month = int.Parse(CharFold.Fold(m.Groups["m"].Value), CultureInfo.InvariantCulture);
        int day = int.Parse(CharFold.Fold(m.Groups["d"].Value), CultureInfo.InvariantCulture);
        int? year = m.Groups["y"].Success ? int.Parse(CharFold.Fold(m.Groups["y"].Value), CultureInfo.InvariantCulture) : null;
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 ? new Dateline(m.Index, m.Index + m.Length, year, month, day) : null;
    }

    /// <summary>
    /// Where the dateline is: a dated one (<see cref="Find"/>), or else an undated one opening a line (本报棹湾讯 , 新华社北京电),
    /// which names the place reported from and no subject either; null when there is none.
    /// </summary>
    public static (int Start, int End)? Span(string text)
    {
        if (Find(text) is { } dated) return (dated.Start, dated.End);
        var m = Undated().Match(text, 0, Math.Min(text.Length, SearchWindow));
        return m.Success ? (m.Groups["d"].Index, m.Groups["d"].Index + m.Groups["d"].Length) : null;
    }

    // The agencies and papers whose datelines open a report (the dated pattern reads three foreign agencies too).
    internal const string Agencies = "新华社|中新社|中新网|本报|人民网|新华网|央视网|中国新闻网";

    [GeneratedRegex(@"(?:^|\n)[ \t　]*(?<d>(?:" + Agencies + @")\p{IsCJKUnifiedIdeographs}{1,6}?(?:讯|电))(?=[ 　（(])")]
    private static partial Regex Undated();

    [GeneratedRegex(@"(?:" + Agencies + @"|法新社|路透社|美联社)(?:“[^”\n]{1,10}”)?\p{IsCJKUnifiedIdeographs}{0,10}?(?:(?<y>[12１２][0-9０-９]{3})年)?(?<m>[0-9０-９]{1,2})月(?<d>[0-9０-９]{1,2})日(?:电|讯)(?:（[^）\n]{0,40}）|\([^)\n]{0,40}\))?")]
    private static partial Regex Pattern();
}
