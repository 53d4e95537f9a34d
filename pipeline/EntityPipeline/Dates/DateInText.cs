using System.Globalization;
using System.Text.RegularExpressions;
using EntityPipeline.Text;

namespace EntityPipeline.Dates;

/// <summary>
/// The publication date a news article states near its top: a date line of its own (2024年3月15日 08:30,
/// 2024-03-15 来源：新华社, 发布时间：2024/3/15). Dates inside the body's sentences are not publication dates,
/// so only short lines of the first few count.
/// </summary>
internal static partial class DateInText
{
    private const int LinesSearched = 6;
    private const int MaxDateLine = 60;

    /// <summary>A full date on a short line among the first few, as YYYY-MM-DD; else null.</summary>
    public static string? FullDate(string text)
    {
        foreach (var line in FirstLines(text))
        {
            // A line of metadata, not a sentence of the body: 2023年9月28日，中心揭牌。 states an event's day.
            if (line.Length > MaxDateLine || line.AsSpan().IndexOfAny("，。；！？,") >= 0) continue;
            var m = FullDatePattern().Match(line);
            if (m.Success && Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } day) return day;
        }
        return null;
    }

    internal static string? Day(string y, string m, string d)
    {
        int year = int.Parse(CharFold.Fold(y), CultureInfo.InvariantCulture);
        int month = int.Parse(CharFold.Fold(m), CultureInfo.InvariantCulture);
        int day = int.Parse(CharFold.Fold(d), CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static List<string> FirstLines(string text)
    {
        var lines = new List<string>(LinesSearched);
        foreach (var line in text.AsSpan(0, Math.Min(text.Length, 2000)).EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty) continue;
            lines.Add(trimmed.ToString());
            if (lines.Count == LinesSearched) break;
        }
        return lines;
    }

    [GeneratedRegex(@"(?<![0-9０-９])(?<y>[12０-２][0-9０-９]{3})\s*(?:年|-|/|\.|－|／|．)\s*(?<m>[0-9０-９]{1,2})\s*(?:月|-|/|\.|－|／|．)\s*(?<d>[0-9０-９]{1,2})(?![0-9０-９])")]
    private static partial Regex FullDatePattern();
}
