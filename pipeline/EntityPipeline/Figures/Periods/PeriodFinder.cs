using System.Text.RegularExpressions;
using EntityPipeline.Documents;
using EntityPipeline.Text;
using static EntityPipeline.Figures.TextRules;
using EntityPipeline.Figures.Recognition;
using EntityPipeline.Figures.Subjects;

namespace EntityPipeline.Figures.Periods;

/// <summary>
/// Finds when a figure holds (GUIDELINES F7 period): the nearest time expression before it in its
/// sentence — a DATE figure (with 到 / 截至 before it and 以来 after it, or the time 于 states; not a baseline such as 较2011年, nor a
/// clock time, nor dates in brackets that gloss a named period), a time word (截至目前, 今年, 现在, 目前; not a baseline such as
/// 比去年同期), a named stretch of time (“五一”假期, 大促期间), a "…以来" phrase (示范区挂牌以来),
/// a window of time (近三年, 未来10天, 近18个赛季中, 连续五年: <see cref="TimeWindows"/>), or a point counted from now (３天前). Words of the
/// future (未来, 届时) are periods of targets only, and the day a goal was announced is not its period; a target with no period in its sentence takes the goal
/// year its paragraph states (到2025年).
/// </summary>
internal static partial class PeriodFinder
{
    private static readonly string[] TimeWords =
        ["截至目前", "截至今年", "今年以来", "近年来", "几年来", "多年来", "目前", "现在", "如今", "当前", "眼下", "今年", "去年", "明年", "此前",
         "今天", "今日", "昨天", "昨日", "当天", "当日", "本周", "本月", "上月", "当月", "本轮", "最近", "全年", "年内", "上半年", "下半年", "本赛季", "上赛季", "本届", "同日",
         "当周", "上周", "首日", "连日来", "本雪季", "本产季", "本榨季", "本季度", "本航段", "本学期", "本年度", "春季学期", "秋季学期",
         // The season a report is about (本季联赛, 本季登山许可费), as 本赛季 and 本雪季 are.
         "本季",
         // 全县现有农村客运线路84条: what a body has now holds now (GUIDELINES' 截至目前).
         "现有",
         // The seasons of this year or the last (今冬全市27家供热企业, 今冬明春河道疏浚工程); the longer first where two end together.
         "今冬明春", "去冬今春", "今冬", "今春", "今夏", "今秋", "去冬", "明春"];

    // The seasons of a year, one period with the year right before them (今年春季, 去年暑期, 2025年春运); alone they are as often a
    // name's (春季招聘会) or a length's (春运40天).
    private static readonly string[] YearSeasons = ["春季", "夏季", "秋季", "冬季", "暑期", "暑假", "寒假", "春运"];

    private static readonly string[] Years = ["今年", "去年", "明年"];

    // What is estimated for a year is its (今年预计出栏6.5万头), where a day before the same words is the day of a release (今天预计).
    private static readonly string[] Estimating = ["预计", "预测"];

    /// <summary>
    /// The end of the season right after a year that ends at <paramref name="end"/> (今年|春季), or <paramref name="end"/>; not of a
    /// longer time word that opens with one (秋季学期, which joins the year as a time word of its own).
    /// </summary>
    private static int WithSeason(string text, int end, int limit) =>
        WordAt(text, end, limit, TimeWords) is null ? end + (WordAt(text, end, limit, YearSeasons)?.Length ?? 0) : end;

    // Words a time word can end without being one (发现有, 表现有, 出现在, 因此前往, 不同日; 在现有基础上, existing; 工作半年内, a
    // window). A time word that opens a name is none either (今日头条, <see cref="OpensName"/>).
    private static readonly string[] Containing = ["发现有", "出现有", "表现有", "实现有", "呈现有", "体现有", "在现有", "按现有", "半年内",
        "出现在", "发现在", "表现在", "体现在", "呈现在", "因此前", "不同日"];

    // Names that open with a time word: a platform's and media's (今日头条, 今日俄罗斯).
    private static readonly string[] TimedNames = ["今日头条", "今日俄罗斯", "今日美国", "今日说法"];

    /// <summary>Whether a name that opens with a time word starts at <paramref name="at"/> (今日头条).</summary>
    internal static bool OpensName(string text, int at, int limit) => WordAt(text, at, limit, TimedNames) is not null;

    // Time words that name an occasion (本轮降雨, 本届赛事).
    private static readonly string[] Occasions = ["本轮", "本届"];

    private static readonly string[] FutureWords = ["未来", "届时", "将来"];

    // Spans with a vague numeral, looked for only where 几 or 数 occurs.
    private static readonly string[] VagueSpans = ["数年来", "几年间", "几个月来", "几个月间", "数月来"];

    // "Back then": a period only when the sentence states no time it refers back to (本报讯1997年，…当年新增 → 1997年).
    private static readonly string[] ThenWords = ["当年", "当时"];

    /// <summary>
    /// Whether the date at <paramref name="start"/> is what an activity lasts to (春茶开采从3月中旬持续至4月底，…; 灯会延续到元宵节后的
    /// 20日，…): when it ends, no figure's time, after it or in later sentences (the design golds' ten such sentences never take it).
    /// </summary>
    internal static bool LastsTo(string text, int start, int floor) =>
        start >= floor + 3 && text[start - 1] is '到' or '至' && text.AsSpan(start - 3, 2) is "持续" or "延续";

    public static string Find(string text, Sentence sentence, FigureCandidate figure, List<FigureCandidate> sentenceFigures, bool target) =>
        figure.Kind == FigureKind.DATE ? "" : At(text, sentence, figure.Start, sentenceFigures, target);

    /// <summary>The period that holds at <paramref name="at"/> in its sentence (see the class summary), or "".</summary>
    public static string At(string text, Sentence sentence, int at, List<FigureCandidate> sentenceFigures, bool target = false)
    {
        int bestStart = -1, bestEnd = -1;
        (int Start, int End)? sinceEvent = null;
        void Consider(int start, int end)
        {
            if (end <= at && end > bestEnd) { bestStart = start; bestEnd = end; }
        }

        foreach (var d in sentenceFigures)
        {
            if (d.End > at || d.Start < sentence.Start) continue;
            if (d.Kind is FigureKind.COUNT or FigureKind.DURATION)
            {
                if (TimeWindows.Frame(text, d, sentence.Start, sentence.End) is var (rs, re, _)) Consider(rs, re);
                else if (HolidaySpan(text, d, sentence) is int holiday) Consider(holiday, d.End);
                // ３天前, 半年后: a point in time counted from now; not a comparison base (比五年前提高).
                else if (d.Kind == FigureKind.DURATION && d.End < sentence.End && text[d.End] is '前' or '后' && !IsComparisonBase(text, d.Start, sentence.Start))
                    Consider(d.Start, d.End + 1);
                // 扩围一年来，…; 公司成立5年来累计…; 工作启动半年以来: the span since an event named by its verb, when nothing else states a time.
                else if (d.Kind == FigureKind.DURATION && SinceEnd(text, d.End, Math.Min(at, sentence.End)) is int spanEnd && EventVerbBefore(text, d, sentence.Start))
                    sinceEvent = (d.Start - 2, spanEnd);
                continue;
            }
            if (d.Kind != FigureKind.DATE || d.IsClockTime || GlossesNamedPeriod(text, d)) continue;
            char before = d.Start > sentence.Start ? text[d.Start - 1] : '\0';
            if (before is '从' or '自')
            {
                // 从8月1日起，全市还将有3个考场…: what holds from a date on, a goal too; otherwise a change's or a span's start.
                if (d.End < at && text[d.End] == '起') Consider(d.Start - 1, d.End + 1);
                continue;
            }
            // A goal holds later than the day it was announced (二十三日宣布，…将发行四亿欧元债券), unless the day opens its clause as a
            // clause of its own, as what holds from it on, or before what is forecast for it, and nothing is announced after it (27日，…最低气温
            // 将降至…; 据预报，12日起风力将减弱至…; 气象部门预计，15日最低气温将降至…; not 22日，财政部宣布将发行…), and figures hold before
            // the day they are released (9日发布数据显示，10月份…).
            bool framesDay = d.End < at && ClauseBounds.ClauseStart(text, d.Start, sentence.Start) == d.Start && !Announced(text, d.End, at);
            if (IsDay(d.Value) && (target && !framesDay || ReleaseWords.AfterDay(text, d.End, sentence.End))) continue;
            if (IsComparisonBase(text, d.Start, sentence.Start) || IsMultipleBase(text, d.Start, d.End, sentence)) continue;
            if (LastsTo(text, d.Start, sentence.Start)) continue;
            int start = d.Start, end = d.End;
            if (start >= sentence.Start + 2 && OpensCutOff(text, start - 2)) start -= 2;
            else if (before is '到' or '至') start--;
            // 截至27日18时: the day with its hour.
            if (sentenceFigures.Find(c => c.IsClockTime && c.Start == end && c.End <= at) is { } hour) end = hour.End;
            if (Follows(text, end, sentence.End, "以来")) end += 2;
            else if (framesDay && text[end] == '起') end++;
            else if (d.Value.Length == 4) end = WithSeason(text, end, at);
            Consider(start, Math.Min(end, at));
        }

        var span = text.AsSpan(sentence.Start, at - sentence.Start);
        foreach (var w in TimeWords)
        {
            // 比去年同期增长8.4%: a comparison base is not when the figure holds (GUIDELINES F9).
            int found = span.LastIndexOf(w);
            while (found > 0 && (IsComparisonBase(text, sentence.Start + found, sentence.Start) || WordBefore(text, sentence.Start + found + w.Length, sentence.Start, Containing) is not null
                                 || IsMultipleBase(text, sentence.Start + found, sentence.Start + found + w.Length, sentence))
                   || found >= 0 && (ReleaseWords.AfterDay(text, sentence.Start + found + w.Length, sentence.End)
                                        && !(Years.Contains(w) && WordAt(text, sentence.Start + found + w.Length, sentence.End, Estimating) is not null)
                                     || NamesAPlan(text, sentence.Start + found + w.Length, at)
                                     || OpensName(text, sentence.Start + found, sentence.End)))
                found = found > 0 ? span[..found].LastIndexOf(w) : -1;
            // 截至27日18时，本轮强降雨已造成…: the occasion the cut-off counts up to is no later time.
            if (found >= 0 && !(Occasions.Contains(w) && bestStart >= 0 && OpensCutOff(text, bestStart)))
            {
                int start = sentence.Start + found, end = start + w.Length;
                // 截至今天16时: a cut-off at a day word, with its hour, as at a date.
                if (PeriodCarry.DayWords.Contains(w) && start >= sentence.Start + 2 && OpensCutOff(text, start - 2))
                {
                    start -= 2;
                    if (sentenceFigures.Find(c => c.IsClockTime && c.Start == end && c.End <= at) is { } hour) end = hour.End;
                }
                if (Years.Contains(w)) end = WithSeason(text, end, at);
                // 2025年全年: a time word right after a date is one period with it.
                Consider(bestEnd == start ? bestStart : start, end);
            }
        }
        if (span.IndexOfAny('几', '数') >= 0)
        {
            foreach (var w in VagueSpans)
            {
                int found = span.LastIndexOf(w);
                if (found >= 0) Consider(sentence.Start + found, sentence.Start + found + w.Length);
            }
        }
        if (target)
        {
            foreach (var w in FutureWords)
            {
                int found = span.LastIndexOf(w);
                if (found >= 0) Consider(sentence.Start + found, sentence.Start + found + w.Length);
            }
        }
        // One scan for the characters the words share comes before a search for each.
        if (span.Contains('期'))
        {
            foreach (var w in PeriodNouns)
            {
                int found = span.LastIndexOf(w);
                int? named = found > 0 ? NamedPeriodStart(text, sentence.Start, sentence.Start + found) : null;
                // 比去年清明节假期增加: the holiday compared with is a base (GUIDELINES F9); the one before it may be the sentence's own.
                while (named is int compared && IsComparedPeriod(text, compared))
                {
                    found = span[..found].LastIndexOf(w);
                    named = found > 0 ? NamedPeriodStart(text, sentence.Start, sentence.Start + found) : null;
                }
                // 假期全省高速公路服务区…: a holiday the report is about opens its sentence unnamed.
                if ((named ?? (found == 0 && w == "假期" ? sentence.Start : null)) is int start)
                    Consider(start, sentence.Start + found + w.Length);
            }
        }
        if (span.IndexOfAny(SeasonEnds) >= 0)
        {
            foreach (var w in Seasons)
            {
                // Not for the season's own length (春节档8天).
                int found = span.LastIndexOf(w);
                if (found >= 0 && found + w.Length < span.Length
                    && !(Terms.Contains(w) && HanCharacters.IsHan(span[found + w.Length]) && !IsFunctionChar(span[found + w.Length])))
                    Consider(NamedPeriodStart(text, sentence.Start, sentence.Start + found) ?? sentence.Start + found, sentence.Start + found + w.Length);
            }
        }
        if (AfterCompletion(text, sentence.Start, span) is var (afterStart, afterEnd)) Consider(afterStart, afterEnd);
        // 该校2024届本科毕业生共6842人: a cohort is when its figures hold.
        if (CohortIn(text, sentence.Start, at) is var (cohortStart, cohortEnd)) Consider(cohortStart, cohortEnd);
        int since = span.LastIndexOf("以来");
        if (since > 0)
        {
            int end = sentence.Start + since + 2;
            int start = ClauseBounds.ClauseStart(text, end - 2, sentence.Start);
            // 自2020年以来, 自2019年开展巡天观测以来: a since-phrase that opens with its start date holds it.
            bool fromDate = text[start] is '自' or '从' && sentenceFigures.Exists(f => f.Start == start + 1 && f.Kind == FigureKind.DATE);
            if (end - start <= (fromDate ? MaxDatedSince : MaxSince) && !sentenceFigures.Exists(f => f.Start >= start && f.End <= end && !(fromDate && f.Start == start + 1)))
                Consider(start, end);
        }

        if (bestEnd < 0 && sinceEvent is var (sinceStart, sinceEnd)) Consider(sinceStart, sinceEnd);
        if (bestEnd < 0)
        {
            foreach (var w in ThenWords)
                if (span.LastIndexOf(w) is var found and >= 0) Consider(sentence.Start + found, sentence.Start + found + w.Length);
        }
        if (bestEnd >= 0) return WithoutLength(text[bestStart..bestEnd]);
        return target ? GoalYear(text, at) : "";
    }

    // Verbs of something done, after which figures hold (新政实施后, 项目投产后, 扩建完成后).
    private static readonly string[] CompletionVerbs = ["实施", "投产", "开通", "完成", "建成", "通车", "投运", "运营", "上线", "启用", "竣工", "开业"];

    private const int MaxAfterPhrase = 12;

    /// <summary>
    /// The clause up to the last 后 of <paramref name="span"/> when a verb of completion comes right before it (新政实施后), or null:
    /// not across a semicolon, nor where a function word follows (线路开通后将带动…: what the opening brings, not a state after it).
    /// </summary>
    private static (int Start, int End)? AfterCompletion(string text, int floor, ReadOnlySpan<char> span)
    {
        int after = span.LastIndexOf('后');
        if (after < 2 || after + 1 < span.Length && IsFunctionChar(span[after + 1]) || span[after..].IndexOfAny('；', ';') >= 0
            || WordBefore(text, floor + after, floor, CompletionVerbs) is null) return null;
        int end = floor + after + 1, start = ClauseBounds.ClauseStart(text, end - 1, floor);
        return end - start <= MaxAfterPhrase ? (start, end) : null;
    }

    // What is done on the day a goal is announced (二十三日宣布，…), which is not when the goal holds.
    private static readonly string[] Announcing = ["宣布", "表示", "称", "提出", "透露", "决定", "召开", "举行"];

    /// <summary>Whether a word of announcing stands in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static bool Announced(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (WordAt(text, i, end, Announcing) is not null && !(text[i] == '称' && i > start && NamingFirsts.Contains(text[i - 1]))) return true;
        return false;
    }

    // What makes 称 a name or a naming, not a saying (名称, 简称, 号称, 堪称).
    private const string NamingFirsts = "名简俗统职昵尊堪号对相";

    // The longest since-phrase (示范区挂牌以来), and one with its start date (自2019年开展巡天观测以来).
    private const int MaxSince = 12, MaxDatedSince = 20;

    // What a share of a plan measures against (完成全年计划的78%, 已完成全年45万辆销量目标的86%, 完成全年额度的47%).
    private static readonly string[] PlanNouns = ["计划", "目标", "任务", "额度"];

    /// <summary>Whether <paramref name="after"/> opens with a plan noun, so that the time word before it is the plan's (全年计划).</summary>
    public static bool OpensPlan(ReadOnlySpan<char> after)
    {
        foreach (var noun in PlanNouns)
            if (after.StartsWith(noun)) return true;
        return false;
    }

    /// <summary>Whether the time word ending at <paramref name="end"/> is a plan's, whose share the figure at <paramref name="at"/> is (全年计划的78%).</summary>
    private static bool NamesAPlan(string text, int end, int at)
    {
        if (at - end < 3 || at - end > 12 || text[at - 1] != '的') return false;
        var between = text.AsSpan(end, at - 1 - end);
        foreach (var noun in PlanNouns)
            if (between.EndsWith(noun) && ClauseBounds.ClauseStart(text, at - 1, end) == end) return true;
        return false;
    }

    /// <summary>The last cohort (2024届: the graduates of a year) in [<paramref name="start"/>, <paramref name="end"/>), or null.</summary>
    public static (int Start, int End)? CohortIn(string text, int start, int end)
    {
        (int, int)? found = null;
        for (var m = Cohort().Match(text, start, end - start); m.Success; m = m.NextMatch()) found = (m.Index, m.Index + m.Length);
        return found;
    }

    [GeneratedRegex(@"(19|20)\d{2}届(?!时)")]
    private static partial Regex Cohort();

    /// <summary>Whether a cut-off word (截至, 截止: up to) opens the text at <paramref name="at"/>.</summary>
    public static bool OpensCutOff(string text, int at) => text.AsSpan(at).StartsWith("截至") || text.AsSpan(at).StartsWith("截止");

    // Words that give an event's own length (为期3个月的行动, 历时161天, 用时2小时, 采购周期为2年).
    private static readonly string[] LengthWords = ["为期", "历时", "用时", "耗时", "周期为"];

    /// <summary>Whether the span of time <paramref name="f"/> is an event's own length (为期, 历时, 用时 before it; 约 or 近 may come between).</summary>
    public static bool IsOwnLength(string text, FigureCandidate f, int floor)
    {
        int end = f.Start;
        if (end > floor && text[end - 1] is '约' or '近') end--;
        return WordBefore(text, end, floor, LengthWords) is not null;
    }

    /// <summary>The end of 来 or 以来 right after a span of time that ends at <paramref name="end"/>, within <paramref name="limit"/>, or null.</summary>
    private static int? SinceEnd(string text, int end, int limit) =>
        end < limit && text[end] == '来' ? end + 1 : Follows(text, end, limit, "以来") ? end + 2 : null;

    /// <summary>Two Han characters, neither a function word, right before a span of time (成立5年来, 扩围一年来): an event's verb. A bare 5年来 has none.</summary>
    private static bool EventVerbBefore(string text, FigureCandidate d, int floor) =>
        d.Start - 2 >= floor && HanCharacters.IsHan(text[d.Start - 2]) && HanCharacters.IsHan(text[d.Start - 1])
        && !IsFunctionChar(text[d.Start - 2]) && !IsFunctionChar(text[d.Start - 1]);

    // A holiday or season named with its length (春运40天，…; 假期7天全国国内出游…; 春节档8天里) is when the figures after it hold.
    private static readonly string[] Holidays = ["春运", "假期", "小长假", "长假", "黄金周", "春节档", "暑期档", "国庆档", "档期"];

    /// <summary>Where a holiday word right before a span of days starts, when the two open their clause (春运40天), or null.</summary>
    private static int? HolidaySpan(string text, FigureCandidate d, Sentence sentence)
    {
        if (d.Kind != FigureKind.DURATION) return null;
        int clause = ClauseBounds.ClauseStart(text, d.Start, sentence.Start);
        // The longer word first where one ends another (小长假, 长假).
        return WordBefore(text, d.Start, clause, Holidays) is { } word && text.AsSpan(clause, d.Start - word.Length - clause).IndexOfAnyExcept(' ', '　') < 0
            ? d.Start - word.Length : null;
    }

    // A named stretch of time: “五一”假期, 国庆假期, 大促期间, “双11”期间, 考察期间.
    private static readonly string[] PeriodNouns = ["假期", "期间"];

    // Terms of a timetable or a service (夏秋航季, 本次供暖期), which frame figures only where they end their phrase (夏秋航季，…;
    // 新航季共有…), not where they name what follows (执行夏秋航季航班计划).
    private static readonly string[] Terms = ["航季", "供暖季", "供暖期"];

    // Seasons that name themselves, with the year or name before them kept (今年春节档, 夏秋航季, 今冬供暖季).
    private static readonly string[] Seasons = ["春节档", "国庆档", "暑期档", "贺岁档", "黄金周", .. Terms];

    private static readonly System.Buffers.SearchValues<char> SeasonEnds = System.Buffers.SearchValues.Create(string.Concat(Seasons.Select(w => w[^1])));

    // What dates in brackets may gloss (国庆假期（10月1日至7日）, 今年春节档（1月28日至2月4日）).
    private static readonly string[] GlossedPeriods = ["假期", "期间", "以来", .. Seasons];
    private const int MaxPeriodName = 8;

    /// <summary>The first named stretch of time in [<paramref name="start"/>, <paramref name="end"/>) (“五一”假期, 大促期间), or "".</summary>
    public static string NamedPeriodIn(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var w in PeriodNouns)
        {
            int found = span.IndexOf(w);
            if (found > 0 && NamedPeriodStart(text, start, start + found) is int from) return WithoutLength(text[from..(start + found + w.Length)]);
        }
        return "";
    }

    /// <summary>
    /// A named stretch of time without the length written inside it (中秋国庆8天假期 → 中秋国庆假期): the length is a figure of its
    /// own, and the name is what the later figures hold in.
    /// </summary>
    private static string WithoutLength(string period) => InnerLength().Replace(period, "$1$2");

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,})[0-9一二三四五六七八九十]+天(假期|期间)$")]
    private static partial Regex InnerLength();

    // The years a holiday is compared with (比去年国庆假期, 较上年春节期间).
    private static readonly string[] ComparedYears = ["去年", "上年", "前年", "往年", "上一年"];

    /// <summary>Whether the named stretch of time at <paramref name="start"/> opens with a comparison and a past year (比去年清明节假期): a base.</summary>
    private static bool IsComparedPeriod(string text, int start) =>
        text[start] is '比' or '较' && WordAt(text, start + 1, text.Length, ComparedYears) is not null;

    /// <summary>Where the name before 假期 or 期间 at <paramref name="noun"/> starts (its quotes too), or null when it has none (此期间).</summary>
    private static int? NamedPeriodStart(string text, int floor, int noun)
    {
        int start = noun;
        while (start > floor && noun - start < MaxPeriodName && (text[start - 1] is '“' or '”' or '"' || (HanCharacters.IsHan(text[start - 1]) && !IsFunctionChar(text[start - 1])) || char.IsAsciiDigit(text[start - 1])))
            start--;
        // 10月1日至8日国庆中秋假期: the name starts after the dates before it, never inside them.
        for (int i = noun - 1; i > start; i--)
            if (text[i] is '日' or '月' && NumeralChars.ArabicDigit(text[i - 1]) >= 0) { start = i + 1; break; }
        return noun - start >= 2 && text.AsSpan(start, noun - start) is not ("此" or "这" or "该") ? start : null;
    }

    /// <summary>国庆假期（10月1日至7日）, 新年以来（1月1日至5日）: dates in brackets that gloss a named period, which is the figures' period.</summary>
    private static bool GlossesNamedPeriod(string text, FigureCandidate d) =>
        d.Start >= 1 && text[d.Start - 1] is '（' or '(' && d.End < text.Length && text[d.End] is '）' or ')'
        && WordBefore(text, d.Start - 1, 0, GlossedPeriods) is not null;

    /// <summary>到YYYY年 at the head of the figure's paragraph.</summary>
    private static string GoalYear(string text, int at)
    {
        int line = ClauseBounds.LineStart(text, at);
        var scope = text.AsSpan(line, at - line);
        for (int i = scope.Length - 6; i >= 0; i--)
            if (GoalYears.At(scope, i) is not null) return scope.Slice(i, 6).ToString();
        return "";
    }

    /// <summary>A date precise to the day (2023-11-30, XXXX-11-30, XXXX-XX-23).</summary>
    private static bool IsDay(string value) => value.Length == 10 && value[4] == '-' && value[7] == '-';

    // 由去年的3.2天缩短至1.8天: the time a change starts from is its first value's, no other's.
    private static bool IsComparisonBase(string text, int at, int floor) =>
        at > floor && text[at - 1] is '较' or '比' or '与' or '同' or '和' or '由' && WordBefore(text, at, floor, NotComparing) is null
        || WordBefore(text, at, floor, Recovered) is not null;

    /// <summary>是2022年底的3.2倍, 为去年同期的1.5倍: what a multiple or share is of is a base too.</summary>
    private static bool IsMultipleBase(string text, int start, int end, Sentence sentence) =>
        start > sentence.Start && text[start - 1] is '是' or '为' && end < sentence.End && (text[end] == '的' || Follows(text, end, sentence.End, "同期的"));

    // 恢复至2019年的约62%: the level a recovery is measured against is a base, not when the figure holds.
    private static readonly string[] Recovered = ["恢复至", "恢复到"];

    // Words that end in a comparing character without comparing (参与本航段的38名科学家).
    private static readonly string[] NotComparing = ["参与", "给与", "共同", "协同", "陪同", "连同", "总和"];

    private static readonly char[] ChangeFrom = ['由', '从'];

    // The longest time a change's first value is stated at (2022年11月).
    private const int MaxChangeTime = 9;

    // Times a change's first value is stated at (由上届的12席增至48席, 由原来的45%提高到80%).
    private static readonly string[] StartTimes = ["原来", "以前", "此前", "过去", "上年", "去年", "上届", "上月", "上季度"];

    /// <summary>
    /// When the value a change starts from holds (由上年的7.2天缩短至6.5天 → 上年, 由集采前的46.8元 → 集采前, 从2022年11月的近60万元回落至…
    /// → 2022年11月): the time its own phrase states, or "" (由3.1%降至2.85%: the sentence's time is the new value's); null
    /// when the figure starts no change. Like a comparison base, it is no time of the sentence's own.
    /// </summary>
    public static string? ChangeStart(string text, Sentence sentence, FigureCandidate figure, List<FigureCandidate> sentenceFigures)
    {
        int at = figure.Start;
        string time = "";
        if (at > sentence.Start && text[at - 1] == '的')
        {
            int from = text.LastIndexOfAny(ChangeFrom, at - 2, Math.Min(MaxChangeTime + 1, at - 1 - sentence.Start));
            if (from < 0) return null;
            time = text[(from + 1)..(at - 1)];
            bool date = sentenceFigures.Exists(d => d.Kind == FigureKind.DATE && !d.IsClockTime && d.Start == from + 1 && d.End == at - 1);
            if (!date && !StartTimes.Contains(time) && !(time.Length is >= 2 and <= 4 && time[^1] is '前' or '时')) return null;
            at = from + 1;
        }
        if (at <= sentence.Start || text[at - 1] is not ('由' or '从')) return null;
        int clauseEnd = ClauseBounds.ClauseEnd(text, figure.End, sentence.End);
        int to = text.AsSpan(figure.End, clauseEnd - figure.End).IndexOfAny('至', '到', '为');
        return to is >= 0 and <= 6 ? time : null;
    }
}
