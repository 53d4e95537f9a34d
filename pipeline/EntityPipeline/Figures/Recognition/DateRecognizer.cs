using System.Globalization;
using EntityPipeline.Documents;
using EntityPipeline.Text;
using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// Calendar and clock expressions with a numeral, as DATE figures valued in EDTF (the Library of Congress
/// Extended Date/Time Format, whose values never begin with '-'): 2020年3月29日 → 2020-03-29, 11月30日 →
/// XXXX-11-30 (no year in the text), 30日 → XXXX-XX-30, 今年9月 → 2023-09 (from
/// <see cref="DateContext.ReferenceYear"/>), 同年7月 → the last year stated, 今年前三季度 → 2023-01/2023-09,
/// 2022年同期 → the months of the last period, 今年7月底 (approx), 周三 → XXXX-WXX-3, 八点一刻 → T08:15.
/// Relative-year words belong to the span, prepositions (到2025年) do not. A year inside a name
/// (2023年度…座谈会) is skipped. Time words with no numeral (今年, 同期) are not figures.
/// </summary>
internal static class DateRecognizer
{
    private const int UnknownYear = -1;

    private static readonly string[] SplitYears = ["财政年度", "学年", "年度", "财年", "赛季", "榨季"];

    private static readonly string[] RelativeYears = ["今年", "去年", "上年", "明年", "前年", "后年", "同年", "当年", "本年"];

    /// <summary>True when a word that opens a date without a numeral in front starts at <paramref name="i"/>: a
    /// relative year (今年) or a weekday (周三, 星期日). These are the scan's triggers besides numerals.</summary>
    public static bool StartsDateWord(string text, int i, int limit) =>
        StartsRelativeYear(text, i, limit) || StartsRelativeMonth(text, i, limit) || WeekdayAt(text, i, limit) > 0;

    // 上月28日, 本月15日, 下月1日: a day of a month named from the document's (not 当月, the month last spoken of).
    private static bool StartsRelativeMonth(string text, int i, int limit) =>
        i + 2 < limit && text[i + 1] == '月' && text[i] is '上' or '本' or '下' && NumeralChars.CanStart(text[i + 2]);

    private static bool StartsRelativeYear(string text, int i, int limit) =>
        i + 1 < limit && text[i + 1] == '年' && text[i] is '今' or '去' or '上' or '明' or '前' or '后' or '同' or '当' or '本';

    /// <summary>
    /// The date at <paramref name="i"/>, joined with a second date after 至, 到 or a dash into one EDTF interval
    /// (3月1日至15日 → XXXX-03-01/XXXX-03-15, 今年1月至9月 → 2023-01/2023-09, 2019年至2021年 → 2019/2021): the
    /// second takes the parts it leaves out from the first; 至年底 ends the interval in December of the first's year.
    /// </summary>
    public static ScanResult Scan(string text, int i, int limit, DateContext context)
    {
        var first = ScanOne(text, i, limit, context);
        if (first.Figure is not { } begin) return first;
        if (begin.Value.Split('/') is [var from, var to])
        {
            // 7月下旬至8月上旬: a third of a month to a later one, one interval from the first's first day to the second's last.
            if (from.Split('-').Length != 3 || begin.End + 1 >= limit || !IsRangeConnector(text[begin.End])
                || ScanOne(text, begin.End + 1, limit, context).Figure is not { } later || later.Start != begin.End + 1
                || later.Value.Split('/') is not [var laterFrom, var laterTo] || string.CompareOrdinal(laterFrom, to) <= 0
                || Interval(from, laterTo) is not { } joined) return first;
            return ScanResult.Found(begin with { End = later.End, Value = joined });
        }
        // 18:00至22:00, 10时至12时: a span of clock times is one interval too, overnight as well (22时至次日8时).
        if (begin.Value.StartsWith('T'))
        {
            int untilAt = begin.End + 1;
            if (untilAt + 2 < limit && text.AsSpan(untilAt, 2) is "次日") untilAt += 2;
            if (untilAt >= limit || !IsRangeConnector(text[begin.End])) return first;
            // 上午9时至下午5时: the second time's part of the day is read from the numeral after it.
            var until = ScanOne(text, untilAt, limit, context).Figure
                ?? (untilAt + 2 < limit && IsClockDayPart(text.AsSpan(untilAt, 2)) ? ScanOne(text, untilAt + 2, limit, context).Figure : null);
            if (until is null || !until.Value.StartsWith('T') || until.Start != untilAt) return first;
            return ScanResult.Found(begin with { End = until.End, Value = begin.Value + "/" + InAfternoonOf(begin.Value, until.Value, NumeralChars.CanStart(text[untilAt])) });
        }
        int k = PartOfDayEnd(text, begin.End, limit);
        if (k + 1 >= limit || !IsRangeConnector(text[k])) return first;
        // ９月１１日至年底: to the end of the year the first date is in, December (年底 is part of it: approx).
        if (k + 3 <= limit && text.AsSpan(k + 1, 2) is "年底" or "年末" && begin.Value.Split('-') is [var year, var month, ..] && month != "12")
            return ScanResult.Found(begin with { End = k + 3, Value = $"{begin.Value}/{year}-12", Qualifier = Qualifier.Approx });
        var second = ScanOne(text, k + 1, limit, context);
        if (second.Figure is not { } end) return first;
        // 11月至明年4月: a range into the next year; the first date is in the year before the second's.
        bool intoNextYear = k + 3 <= limit && text.AsSpan(k + 1, 2) is "明年";
        if ((Interval(begin.Value, end.Value) ?? (intoNextYear ? IntoNextYear(begin.Value, end.Value) : null)) is not { } interval) return first;
        return ScanResult.Found(begin with { End = PartOfDayEnd(text, end.End, limit), Value = interval });
    }

    /// <summary>
    /// "XXXX-11" to "2025-04" → "2024-11/2025-04"; with neither year known, "XXXX-11/XXXX-04" (as the project golds write a
    /// season's months into the next year); null when the two are not of one granularity or the first has a year of its own.
    /// </summary>
    private static string? IntoNextYear(string first, string second)
    {
        var a = first.Split('-');
        var b = second.Split('-');
        string unknown = Year(UnknownYear);
        if (a.Length != b.Length || a.Length < 2 || a[0] != unknown || second.Contains('/') || second.StartsWith('T')) return null;
        if (b[0] == unknown) return first + "/" + second;
        return int.TryParse(b[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            ? Year(year - 1) + first[unknown.Length..] + "/" + second : null;
    }

    // 12日夜间至13日, 28日夜间至29日白天: a part of the day after a day in a range belongs to the span; the interval stays in days.
    private static readonly string[] PartsOfDay = ["夜间", "白天", "凌晨", "上午", "下午", "晚上", "早晨", "中午", "傍晚"];

    /// <summary>The end of the part of the day that starts at <paramref name="at"/>, or <paramref name="at"/> when none does.</summary>
    private static int PartOfDayEnd(string text, int at, int limit) =>
        at < limit && at >= 1 && text[at - 1] == '日' && WordAt(text, at, limit, PartsOfDay) is { } part ? at + part.Length : at;

    private static bool IsRangeConnector(char c) => c is '至' or '到' or '-' or '—' or '–' or '~' or '～' or '－';

    /// <summary>"2023-01" and "XXXX-09" → "2023-01/2023-09"; null when the two are not of one granularity.</summary>
    private static string? Interval(string first, string second)
    {
        var a = first.Split('-');
        var b = second.Split('-');
        if (a.Length != b.Length || a.Length > 3 || second.Contains('/') || second.StartsWith('T') || second.Contains('W')) return null;
        for (int p = 0; p < b.Length; p++)
            if (b[p].All(ch => ch == 'X') && !a[p].All(ch => ch == 'X')) b[p] = a[p];
        string last = string.Join('-', b);
        return string.CompareOrdinal(last, first) > 0 ? first + "/" + last : null;
    }

    private static ScanResult ScanOne(string text, int i, int limit, DateContext context)
    {
        if (StartsRelativeYear(text, i, limit))
            return ScanRelative(text, i, limit, context);
        if (StartsRelativeMonth(text, i, limit))
            return ScanRelativeMonth(text, i, limit, context);
        // 本周五 keeps 本 inside the span (this week's Friday); 上周五 and 下周一 leave theirs out: EDTF names no relative week.
        if (WeekdayAt(text, i, limit) is var weekdayEnd and > 0)
        {
            int weekdayStart = i > 0 && text[i - 1] == '本' && text[i] == '周' ? i - 1 : i;
            string first = "XXXX-WXX-" + WeekdayNumber(text[weekdayEnd - 1]);
            // 周一至周五: one interval of weekdays.
            if (weekdayEnd + 1 < limit && IsRangeConnector(text[weekdayEnd]) && WeekdayAt(text, weekdayEnd + 1, limit) is var lastEnd and > 0)
                return ScanResult.Found(Date(weekdayStart, lastEnd, first + "/XXXX-WXX-" + WeekdayNumber(text[lastEnd - 1]), Qualifier.Exact));
            return ScanResult.Found(Date(weekdayStart, weekdayEnd, first, Qualifier.Exact));
        }
        // 1-7月, 一季度, 前三季度 with no year before them: months of a year the text leaves to the reader (XXXX). The scan
        // starts at the numeral, so 前 and 第 are read from before it.
        if (!NumeralChars.CanStart(text[i]) || text[i] == '半') return ScanResult.None(i);
        int from = i > 0 && text[i - 1] is '前' or '第' ? i - 1 : i;
        if (ScanAfterYear(text, from, limit, null, context, samePeriod: false) is { Figure: { } months } spanned
            && (months.Value.Contains('/') || text[months.End - 1] is '末' or '底'))
            return spanned;
        return ScanNumeric(text, i, limit, context);
    }

    private static ScanResult ScanRelative(string text, int i, int limit, DateContext context)
    {
        var word = text.Substring(i, 2);
        if (Array.IndexOf(RelativeYears, word) < 0) return ScanResult.None(i);
        int? year = word switch
        {
            "同年" or "当年" => context.LastYear ?? context.ReferenceYear,
            _ => context.ReferenceYear + word switch { "去年" or "上年" => -1, "明年" => 1, "前年" => -2, "后年" => 2, _ => 0 },
        };
        // 截至去年底, 今年末: the year's last month, approximately, as every project gold since figures-modern3 writes it (not 上年末,
        // which they leave out as a comparison's base: 比上年末增加).
        if (word is "去年" or "今年" or "明年" && YearEndAfter(text, i + 2, limit) is int yearEnd)
            return ScanResult.Found(Date(i, yearEnd, Year(year ?? UnknownYear) + "-12", Qualifier.Approx));
        // Without a reference year the year stays unknown: XXXX-09.
        var rest = ScanAfterYear(text, i + 2, limit, year ?? UnknownYear, context, samePeriod: false);
        // 今年上半年 has no numeral (F8: a time word, like 今年); the months it names still resolve a later 同期.
        if (rest.Figure is { } half && text.AsSpan(i, half.End - i) is "今年上半年" or "今年下半年" or "去年上半年" or "去年下半年" or "明年上半年" or "明年下半年" or "上年上半年" or "上年下半年")
            return ScanResult.Skip(half.End);
        return rest.Figure is null ? ScanResult.None(i) : rest with { Figure = rest.Figure with { Start = i } };
    }

    /// <summary>
    /// 上月28日 in a document dated 2025-06-10 is 2025-05-28, the month word in the span (GUIDELINES F9: 上月 resolves from the
    /// document's date); with no month known, nothing here, and the day is read alone (28日 → XXXX-XX-28).
    /// </summary>
    private static ScanResult ScanRelativeMonth(string text, int i, int limit, DateContext context)
    {
        if (context is not { ReferenceYear: int year, ReferenceMonth: int month } || !TryInteger(text, i + 2, limit, out int day, out int length, out var numeral)
            || i + 2 + length >= limit || text[i + 2 + length] is not ('日' or '号') || day is < 1 or > 31 || numeral.IsChinese && day < 10)
            return ScanResult.None(i);
        month += text[i] switch { '上' => -1, '下' => 1, _ => 0 };
        if (month == 0) (year, month) = (year - 1, 12);
        else if (month == 13) (year, month) = (year + 1, 1);
        return ScanResult.Found(Date(i, i + 3 + length, $"{Year(year)}-{Two(month)}-{Two(day)}", Qualifier.Exact));
    }

    /// <summary>The end of 底, 末, 年底 or 年末 at <paramref name="j"/> (not 末季), or null.</summary>
    private static int? YearEndAfter(string text, int j, int limit)
    {
        if (j + 1 < limit && text[j] == '年') j++;
        return j < limit && text[j] is '底' or '末' && !(j + 1 < limit && text[j + 1] == '季') ? j + 1 : null;
    }

    // Words after which N年 counts years (距今约2100年, 树龄约1400年, 历时1200年): a span of time, not a year.
    private static readonly string[] YearCounts = ["距今", "树龄", "历时", "历经", "长达", "寿命", "年龄", "至今已有", "已有"];

    /// <summary>Whether a word of <see cref="YearCounts"/> ends right before <paramref name="i"/>, or before the 约, 近 or 逾 there.</summary>
    private static bool CountsYears(string text, int i)
    {
        var before = text.AsSpan(0, i);
        if (before.Length > 0 && before[^1] is '约' or '近' or '逾' or '超') before = before[..^1];
        foreach (var word in YearCounts)
            if (before.EndsWith(word)) return true;
        return false;
    }

    private static ScanResult ScanNumeric(string text, int i, int limit, DateContext context)
    {
        if (!TryInteger(text, i, limit, out int n, out int len, out var numeral)) return ScanResult.None(i);
        int j = i + len;
        if (j >= limit) return ScanResult.None(i);
        char next = text[j];

        // 1980年代, 八十年代, 90年代: a decade (TIMEX: 198X); two digits mean the 1900s from 30 on, else the century is unknown.
        if (next == '年' && j + 1 < limit && text[j + 1] == '代' && n % 10 == 0)
        {
            string decade = n switch
            {
                >= 1000 and <= 2090 => (n / 10).ToString(CultureInfo.InvariantCulture) + "X",
                >= 30 and <= 90 => "19" + (n / 10).ToString(CultureInfo.InvariantCulture) + "X",
                >= 10 and <= 20 => "XX" + (n / 10).ToString(CultureInfo.InvariantCulture) + "X",
                _ => "",
            };
            if (decade.Length > 0) return ScanResult.Found(Date(i, j + 2, decade, Qualifier.Exact));
        }
        if (!numeral.IsChinese && numeral.IntegerDigits == 4 && n is >= ReferenceYear.Earliest and <= ReferenceYear.Latest)
        {
            // 2024-03-15, 2024/3/15, 2024.03.15
            if (NumericDate(text, j, limit, n, out int month, out int day, out int end))
                return ScanResult.Found(Date(i, end, $"{Year(n)}-{Two(month)}-{Two(day)}", Qualifier.Exact));
            // 2019-2021年, 2019至2021年: one period of years.
            if (IsRangeConnector(next) && TryInteger(text, j + 1, limit, out int last, out int lastLength, out var lastNumeral)
                && lastNumeral.IntegerDigits == 4 && last > n && last <= ReferenceYear.Latest
                && j + 1 + lastLength < limit && text[j + 1 + lastLength] == '年')
                return ScanResult.Found(Date(i, j + 2 + lastLength, $"{Year(n)}/{Year(last)}", Qualifier.Exact));
            // 2024—2025学年, 2024/25财政年度, 2024-25赛季, 2023/24榨季: an academic, fiscal, sports or cane-crushing year, one
            // period over two calendar years.
            if ((IsRangeConnector(next) || next == '/') && TryInteger(text, j + 1, limit, out int second, out int secondLength, out var secondNumeral)
                && (secondNumeral.IntegerDigits == 4 ? second == n + 1 : secondNumeral.IntegerDigits == 2 && second == (n + 1) % 100)
                && WordAt(text, j + 1 + secondLength, limit, SplitYears) is { } split)
                return ScanResult.Found(Date(i, j + 1 + secondLength + split.Length, $"{Year(n)}/{Year(n + 1)}", Qualifier.Exact));
            // 2024赛季, 2025财年: such a year named by the year it opens in (年度 comes with the years below).
            if (next != '年' && WordAt(text, j, limit, SplitYears) is { } season)
                return ScanResult.Found(Date(i, j + season.Length, Year(n), Qualifier.Exact));
            // 2024届毕业生: the class of a year.
            if (next == '届') return ScanResult.Found(Date(i, j + 1, Year(n), Qualifier.Exact));
        }
        // 08年, 98年5月: a two-digit year when a zero leads or a month follows (20年 alone is twenty years).
        if (next == '年' && !numeral.IsChinese && numeral.IntegerDigits == 2
            && (NumeralChars.ArabicDigit(text[i]) == 0 || (TryInteger(text, j + 1, limit, out int m2, out int m2len, out _) && m2 is >= 1 and <= 12 && j + 1 + m2len < limit && text[j + 1 + m2len] == '月')))
        {
            int year = n >= 50 ? 1900 + n : 2000 + n;
            context.LastYear = year;
            var rest = ScanAfterYear(text, j + 1, limit, year, context, samePeriod: true);
            if (rest.Figure is not null) return rest with { Figure = rest.Figure with { Start = i } };
            return ScanResult.Found(Date(i, j + 1, Year(year), Qualifier.Exact));
        }
        if (next == '年' && numeral.IntegerDigits == 4 && n is >= ReferenceYear.Earliest and <= ReferenceYear.Latest && !CountsYears(text, i))
        {
            // 2023年度长三角…座谈会, 2026年度世界大学排名: a year that opens a name is part of the name; not the year a report
            // or an account covers (2024年度业绩快报, 2023年度个人所得税综合所得汇算).
            if (j + 2 < limit && text[j + 1] == '度' && IsNameChar(text[j + 2]) && !ReportsOnYear(text, j + 2, limit)) return ScanResult.Skip(j + 2);
            context.LastYear = n;
            var rest = ScanAfterYear(text, j + 1, limit, n, context, samePeriod: true);
            if (rest.Figure is not null) return rest with { Figure = rest.Figure with { Start = i } };
            int end = j + 1 < limit && text[j + 1] == '度' ? j + 2 : j + 1;
            return ScanResult.Found(Date(i, end, Year(n), Qualifier.Exact));
        }
        if (next == '月' && n is >= 1 and <= 12)
            return ScanMonth(text, i, limit, null, context);
        // 在7日内作出决定, 提前3日公告: 日 counts days there, as 天 does, a time limit and not the 7th.
        if (next == '日' && CountsDays(text, i, j + 1, limit))
            return ScanResult.Found(new FigureCandidate(i, j + 1, FigureKind.DURATION, n.ToString(CultureInfo.InvariantCulture), "", "日", Qualifier.Exact));
        // 28日, 二十三日 (a day of the month); 三日 alone is three days.
        if (next is '日' or '号' && n is >= 1 and <= 31 && (!numeral.IsChinese || n >= 10 && next == '日') && !(j + 1 < limit && IsNameChar(text[j + 1]) && next == '号'))
        {
            // ２月１日、３日、５日: a day listed right after a dated day is in its month.
            if (context.LastDay is { } last && i - last.End == 1 && text[last.End] is '、' or '和' or '及')
            {
                context.LastDay = (j + 1, last.YearMonth);
                return ScanResult.Found(Date(i, j + 1, last.YearMonth + "-" + Two(n), Qualifier.Exact));
            }
            return ScanResult.Found(Date(i, j + 1, "XXXX-XX-" + Two(n), Qualifier.Exact));
        }
        return ScanClock(text, i, limit, n, numeral, j);
    }

    /// <summary>5-6月, 5至6月: two months joined into one period, the first without its 月.</summary>
    private static bool MonthRange(string text, int j, int limit, out int first, out int last, out int end)
    {
        first = last = end = 0;
        if (!TryInteger(text, j, limit, out first, out int len, out _) || first is < 1 or > 12) return false;
        int k = j + len;
        if (k + 1 >= limit || !IsRangeConnector(text[k])) return false;
        if (!TryInteger(text, k + 1, limit, out last, out int len2, out _) || last <= first || last > 12) return false;
        end = k + 1 + len2;
        if (end >= limit || text[end] != '月') return false;
        end++;
        return true;
    }

    /// <summary>-03-15, /3/15, .03.15 right after a year: a month and a day with one separator, no digit after.</summary>
    private static bool NumericDate(string text, int j, int limit, int year, out int month, out int day, out int end)
    {
        month = day = end = 0;
        if (j >= limit || text[j] is not ('-' or '/' or '.')) return false;
        char separator = text[j];
        int k = j + 1;
        if (!Digits(text, ref k, limit, out month) || month is < 1 or > 12) return false;
        if (k >= limit || text[k] != separator) return false;
        k++;
        if (!Digits(text, ref k, limit, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (k < limit && (NumeralChars.ArabicDigit(text[k]) >= 0 || text[k] == separator)) return false;
        end = k;
        return true;
    }

    /// <summary>One or two ASCII or full-width digits at <paramref name="k"/>, advancing past them.</summary>
    private static bool Digits(string text, ref int k, int limit, out int value)
    {
        value = 0;
        int start = k;
        while (k < limit && k - start < 2 && NumeralChars.ArabicDigit(text[k]) is var d and >= 0)
        {
            value = value * 10 + d;
            k++;
        }
        return k > start && !(k < limit && NumeralChars.ArabicDigit(text[k]) >= 0);
    }

    /// <summary>After a year (stated or relative): a month, a quarter, a half, 同期, or nothing.</summary>
    private static ScanResult ScanAfterYear(string text, int j, int limit, int? year, DateContext context, bool samePeriod)
    {
        if (j >= limit) return ScanResult.None(j);
        if (TryInteger(text, j, limit, out int m, out int len, out _) && j + len < limit && text[j + len] == '月' && m is >= 1 and <= 12)
            return ScanMonth(text, j, limit, year, context);
        if (MonthRange(text, j, limit, out int firstMonth, out int lastMonthOfRange, out int rangeEnd))
        {
            string rangeYear = Year(year ?? UnknownYear);
            return ScanResult.Found(Date(j, rangeEnd, $"{rangeYear}-{Two(firstMonth)}/{rangeYear}-{Two(lastMonthOfRange)}", Qualifier.Exact));
        }

        // 2025年末: the year's last month, approximately (去年底: ScanRelative).
        if (year is not null && text[j] is '末' or '底' && j >= 2 && NumeralChars.CanStart(text[j - 2]))
            return ScanResult.Found(Date(j, j + 1, Year(year.Value) + "-12", Qualifier.Approx));

        // 前三季度, 第一季度, 一季度, 上半年, 下半年, 前N个月
        (int First, int Last)? months = null;
        int end = j;
        if (text[j] is '前' or '第' && TryInteger(text, j + 1, limit, out int q, out int qlen, out _))
        {
            int k = j + 1 + qlen;
            if (Follows(text, k, limit, "季度") && q is >= 1 and <= 4) { months = text[j] == '前' ? (1, q * 3) : (q * 3 - 2, q * 3); end = k + 2; }
            else if (text[j] == '前' && Follows(text, k, limit, "个月") && q is >= 1 and <= 12) { months = (1, q); end = k + 2; }
        }
        else if (TryInteger(text, j, limit, out int q1, out int q1len, out _) && Follows(text, j + q1len, limit, "季度") && q1 is >= 1 and <= 4)
        {
            months = (q1 * 3 - 2, q1 * 3);
            end = j + q1len + 2;
            // 三季度末: the quarter's last month, approximately, as 年末 is the year's.
            if (end < limit && text[end] is '末' or '底')
                return ScanResult.Found(Date(j, end + 1, $"{Year(year ?? UnknownYear)}-{Two(q1 * 3)}", Qualifier.Approx));
        }
        else if (LatinPart(text, j, limit) is { } part) { months = part; end = j + 2; } // 2025年Q1, 今年H1: business news' quarters and halves
        else if (Follows(text, j, limit, "首季")) { months = (1, 3); end = Follows(text, j, limit, "首季度") ? j + 3 : j + 2; } // 今年首季 (Hong Kong)
        else if (Follows(text, j, limit, "上半年")) { months = (1, 6); end = j + 3; }
        else if (Follows(text, j, limit, "下半年")) { months = (7, 12); end = j + 3; }
        else if (samePeriod && Follows(text, j, limit, "同期") && context.LastMonths is { } last && year is not null)
        {
            months = last;
            end = j + 2;
        }

        if (months is null)
            return samePeriod && Follows(text, j, limit, "同期") && year is not null
                ? ScanResult.Found(Date(j, j + 2, Year(year.Value), Qualifier.Exact))
                : ScanResult.None(j);
        context.LastMonths = months;
        var (first, lastMonth) = months.Value;
        string y = Year(year ?? UnknownYear);
        return ScanResult.Found(Date(j, end, $"{y}-{Two(first)}/{y}-{Two(lastMonth)}", Qualifier.Exact));
    }

    // February's last day when the year is unknown: for a third of the month, the 28th; for a day to exist, the 29th.
    private const int NonLeapYear = 2001;
    private const int LeapYear = 2000;

    /// <summary>N月 [N日|号] [底|初|末|上旬|中旬|下旬|份].</summary>
    private static ScanResult ScanMonth(string text, int at, int limit, int? year, DateContext context)
    {
        TryInteger(text, at, limit, out int month, out int len, out _);
        int j = at + len + 1;
        string value = Year(year ?? UnknownYear) + "-" + Two(month);
        var qualifier = Qualifier.Exact;
        bool dayOfMonth = TryInteger(text, j, limit, out int day, out int dlen, out _) && j + dlen < limit && text[j + dlen] is '日' or '号' && day is >= 1 and <= 31;
        if (dayOfMonth && month is >= 1 and <= 12 && day > DateTime.DaysInMonth(year is > 0 ? year.Value : LeapYear, month))
        {
            // 2月30日, 2023年2月29日: a day the month has not is the source's slip and no EDTF date; the month stands, approximate.
            qualifier = Qualifier.Approx;
            j += dlen + 1;
        }
        else if (dayOfMonth)
        {
            context.LastDay = (j + dlen + 1, value);
            value += "-" + Two(day);
            j += dlen + 1;
        }
        else if (j < limit && text[j] is '底' or '初' or '末')
        {
            qualifier = Qualifier.Approx;
            j++;
        }
        else if (j + 1 < limit && text[j + 1] == '旬' && text[j] is '上' or '中' or '下' && month is >= 1 and <= 12)
        {
            // A third of the month is its days (the modern golds: 上旬 = 1–10, 中旬 = 11–20, 下旬 = 21 to the end), not 底's approximate month;
            // 中旬至下旬 runs from the first third's first day to the second's last.
            int lastDay = DateTime.DaysInMonth(year is > 0 ? year.Value : NonLeapYear, month); // an unknown year is UnknownYear or null
            var (from, to) = ThirdOfMonth(text[j], lastDay);
            j += 2;
            if (j + 2 < limit && IsRangeConnector(text[j]) && text[j + 2] == '旬' && text[j + 1] is '上' or '中' or '下' && ThirdOfMonth(text[j + 1], lastDay) is var (laterFrom, laterTo) && laterFrom > from)
                (to, j) = (laterTo, j + 3);
            value = $"{value}-{Two(from)}/{value}-{Two(to)}";
        }
        else if (j < limit && text[j] == '份')
        {
            j++;
        }
        return ScanResult.Found(Date(at, j, value, qualifier));
    }

    /// <summary>Q1–Q4 or H1–H2 at <paramref name="at"/>, a whole token (not Q10, not H1N1), as the months it covers.</summary>
    private static (int First, int Last)? LatinPart(string text, int at, int limit)
    {
        if (at + 1 >= limit || at + 2 < limit && char.IsAsciiLetterOrDigit(text[at + 2])) return null;
        int n = text[at + 1] - '0';
        return text[at] switch
        {
            'Q' when n is >= 1 and <= 4 => (n * 3 - 2, n * 3),
            'H' when n is 1 or 2 => (n * 6 - 5, n * 6),
            _ => null,
        };
    }

    private static (int From, int To) ThirdOfMonth(char third, int lastDay) => third switch { '上' => (1, 10), '中' => (11, 20), _ => (21, lastDay) };

    /// <summary>
    /// 下午2时至5时: a time with no part of the day of its own (<paramref name="bare"/>) after an afternoon's or evening's is in
    /// it too (T17:00), unless that would put it before the first (晚上10点至2点 runs overnight).
    /// </summary>
    private static string InAfternoonOf(string first, string until, bool bare)
    {
        int firstHour = int.Parse(first.AsSpan(1, 2), CultureInfo.InvariantCulture), hour = int.Parse(until.AsSpan(1, 2), CultureInfo.InvariantCulture);
        return bare && firstHour >= 12 && hour < 12 && hour + 12 > firstHour ? $"T{hour + 12:00}{until[3..]}" : until;
    }

    /// <summary>A part of the day that opens a clock time (下午3点) and sets its hour.</summary>
    private static bool IsClockDayPart(ReadOnlySpan<char> word) =>
        word is "下午" or "晚上" or "傍晚" or "中午" or "上午" or "早上" or "凌晨" or "清晨" or "夜里" or "晚间" or "午后";

    /// <summary>八点, 八点一刻, 九点半, 10点30分, 下午3点, 14:30.</summary>
    private static ScanResult ScanClock(string text, int i, int limit, int hour, ParsedNumeral numeral, int j)
    {
        if (hour > 24) return ScanResult.None(i);
        int minute;
        int end;
        if (text[j] is ':' or '：' && !numeral.IsChinese && j + 2 < limit
            && NumeralChars.ArabicDigit(text[j + 1]) >= 0 && NumeralChars.ArabicDigit(text[j + 2]) >= 0
            && (j + 3 >= limit || NumeralChars.ArabicDigit(text[j + 3]) < 0 && !NumeralChars.IsDecimalPoint(text[j + 3])))   // 1:16.5 is a ratio
        {
            minute = NumeralChars.ArabicDigit(text[j + 1]) * 10 + NumeralChars.ArabicDigit(text[j + 2]);
            end = j + 3;
            if (minute > 59) return ScanResult.None(i);
        }
        else if (text[j] is '点' or '时' && !(text[j] == '时' && j + 1 < limit && text[j + 1] is '间' or '期' or '代' or '候' or '刻'))
        {
            int k = j + 1;
            if (Follows(text, k, limit, "一刻")) { minute = 15; end = k + 2; }
            else if (Follows(text, k, limit, "三刻")) { minute = 45; end = k + 2; }
            else if (k < limit && text[k] == '半') { minute = 30; end = k + 1; }
            else if (TryInteger(text, k, limit, out int mm, out int mlen, out _) && k + mlen < limit && text[k + mlen] == '分' && mm <= 59)
            {
                minute = mm;
                end = k + mlen + 1;
                if (end < limit && text[end] == '钟') end++;
            }
            else
            {
                // A bare 三点 is a clock time only when nothing makes it a count of points (三点意见, 一点儿).
                if (k < limit && NumeralChars.CanStart(text[k])) return ScanResult.None(i);
                if (numeral.IsLoneOne || text[i] == '两') return ScanResult.None(i);
                if (k < limit && "意建要共希看想体做经措原启工任主多儿些滴".Contains(text[k])) return ScanResult.None(i);
                minute = 0;
                end = k;
                if (end < limit && text[end] == '钟') end++;
                else if (end < limit && text[end] == '整') end++;
            }
        }
        else return ScanResult.None(i);

        int start = i;
        int h = hour;
        var prefix = i >= 2 ? text.AsSpan(i - 2, 2) : [];
        if (IsClockDayPart(prefix))
        {
            start = i - 2;
            if (prefix is "下午" or "晚上" or "傍晚" or "晚间" or "午后" && h < 12) h += 12;
            if (prefix is "中午" && h < 6) h += 12;
        }
        // 5月13日晚8点, 早8点: the one-character part of the day (not 最晚10点, at the latest, nor 提早); 今晚8点 and 当晚9时
        // are in the evening too, though the day's word stays outside, as 每晚 does.
        else if (i >= 1 && text[i - 1] is '晚' or '早' && !(i >= 2 && "最较稍更太过偏提推".Contains(text[i - 2])))
        {
            bool dayWord = i >= 2 && "今昨明当每".Contains(text[i - 2]);
            if (!dayWord) start = i - 1;
            if (text[i - 1] == '晚' && h < 12) h += 12;
        }
        if (h > 24) return ScanResult.None(i);
        return ScanResult.Found(Date(start, end, "T" + Two(h) + ":" + Two(minute), Qualifier.Exact));
    }

    /// <summary>
    /// The end of a weekday starting at <paramref name="i"/> (周三, 星期五, 礼拜天), or 0. Not one: a frequency or
    /// a count (每周三次, 周三年), or 周天 (a week's days). A person named 周三 is not told apart.
    /// </summary>
    private static int WeekdayAt(string text, int i, int limit)
    {
        // One comparison for every other character: this runs on each character the scan passes.
        if (text[i] is not ('周' or '星' or '礼')) return 0;
        int day;
        // 每周三 may count (每周三次); 每周一至周五, 每周五下午 and 每周五、周六 are weekdays of every week.
        if (text[i] == '周' && !(i > 0 && text[i - 1] == '每' && !(i + 2 < limit && (IsRangeConnector(text[i + 2]) || WeekdayFollowers.Contains(text[i + 2]))))) day = i + 1;
        else if (Follows(text, i, limit, "星期") || Follows(text, i, limit, "礼拜")) day = i + 2;
        else return 0;
        if (day >= limit || WeekdayNumber(text[day]) == 0 || (text[day] is '天' && text[i] == '周')) return 0;
        int end = day + 1;
        // Not 周三次, 周三年; a clock time in digits may follow (本周五10时).
        if (end < limit && ((NumeralChars.CanStart(text[end]) && NumeralChars.ArabicDigit(text[end]) < 0) || "次回遍个年岁名位届期轮".Contains(text[end]))) return 0;
        return end;
    }

    // What follows a weekday of every week and no count (每周五下午, 每周一闭馆, 每周五、周六).
    private const string WeekdayFollowers = "上下早晚中午夜、和及闭开休";

    /// <summary>ISO 8601's weekday number (Monday 1 … Sunday 7) of the character after 周 or 星期, or 0.</summary>
    private static int WeekdayNumber(char c) => c switch
    {
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '日' or '天' => 7,
        _ => 0,
    };

    // Words that make the days after them a span of time (提前3日), and those after the days that bound one (7日内).
    private static readonly string[] DaySpanOpeners = ["提前", "延长", "推迟", "缩短", "为期", "历时", "连续"];
    private static readonly string[] DaySpanBounds = ["内", "以内", "之内"];
    // Words 内 opens after a date (6日内地旅客, 3日内蒙古): no bound.
    private static readonly string[] InnerWords = ["内地", "内蒙", "内江", "内容", "内部", "内外", "内陆", "内需", "内阁", "内河", "内科"];

    /// <summary>Whether the days [<paramref name="start"/>, <paramref name="end"/>) are a span: a limit (7日内) or a shift (提前3日), not a date.</summary>
    private static bool CountsDays(string text, int start, int end, int limit) =>
        WordAt(text, end, limit, DaySpanBounds) is not null && WordAt(text, end, limit, InnerWords) is null || WordBefore(text, start, Math.Max(0, start - 2), DaySpanOpeners) is not null;

    private static FigureCandidate Date(int start, int end, string value, Qualifier qualifier) =>
        new(start, end, FigureKind.DATE, value, "", "", qualifier);

    private static bool TryInteger(string text, int at, int limit, out int value, out int length, out ParsedNumeral numeral)
    {
        value = 0;
        length = 0;
        if (at >= limit || !NumeralChars.CanStart(text[at]) || text[at] == '半'
            || !NumeralParser.TryParse(text, at, limit, out numeral, allowDecimal: false)
            || numeral.IsVague || numeral.Value != decimal.Truncate(numeral.Value) || numeral.Value > 9999)
        {
            numeral = default;
            return false;
        }
        // A multiplier that scales the number (2万年) is not a date.
        value = (int)numeral.Value;
        length = numeral.Length;
        return true;
    }

    // What reports on or settles a year's accounts, after 年度.
    private static readonly string[] YearReports = ["报告", "业绩", "快报", "财报", "年报", "汇算", "决算", "预算", "审计", "总结"];

    /// <summary>Whether a word of <see cref="YearReports"/> stands in the clause from <paramref name="at"/>.</summary>
    private static bool ReportsOnYear(string text, int at, int limit)
    {
        var clause = text.AsSpan(at, ClauseBounds.ClauseEnd(text, at, limit) - at);
        foreach (var word in YearReports)
            if (clause.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsNameChar(char c) => HanCharacters.IsHan(c) || char.IsAsciiLetterOrDigit(c);

    private static string Year(int year) => year == UnknownYear ? "XXXX" : year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);
}
