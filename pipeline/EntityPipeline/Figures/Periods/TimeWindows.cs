using EntityPipeline.Documents;
using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Periods;

/// <summary>
/// Spans of time that frame when other figures hold: the latest or the next N units of time (近三年，公司累计投入…; 过去24小时;
/// 最近一周; 未来10天; 近两年来; 过去5年里; 近18个赛季中) and a run of them (连续五年). Such a span is the period of the figures after
/// it in its sentence. A window measures nothing and is nobody's: no metric, subject or period of its own (the project golds'
/// reading of GUIDELINES F7), nor is the span of a superlative's latest ones (为近5年最高). In mid-clause 近 is a nearly
/// (提高了近三成, 领先近1分钟).
/// </summary>
internal static class TimeWindows
{
    private static readonly string[] TimeNouns = ["赛季", "季度", "星期", "个月", "小时", "年", "月", "天", "日", "周", "届", "轮"];

    // Longest first where one word ends another (最近 before 近).
    private static readonly string[] Leads = ["最近", "过去", "未来", "连续", "近"];

    /// <summary>
    /// The window the span of time <paramref name="d"/> opens, from its 近, 过去 or 未来 to its 来, 里, 中 or 内 (the latter needed
    /// after a 近 in mid-clause), within [<paramref name="floor"/>, <paramref name="limit"/>); Running for 连续五年. Null for any other figure.
    /// </summary>
    public static (int Start, int End, bool Running)? Frame(string text, FigureCandidate d, int floor, int limit)
    {
        if (d.Kind is not (FigureKind.DURATION or FigureKind.COUNT)) return null;
        int start = d.Start;
        string? lead = text[start] == '近' ? "近" : WordBefore(text, start, floor, Leads);
        if (lead is null) return null;
        if (text[start] != '近') start -= lead.Length;
        int end = d.End;
        bool endsInTime = false;
        foreach (var noun in TimeNouns)
        {
            if (text.AsSpan(d.Start, d.End - d.Start).EndsWith(noun)) { endsInTime = true; break; }
            if (Follows(text, end, limit, noun)) { end += noun.Length; endsInTime = true; break; }
        }
        // A span that ends its sentence frames nothing after it.
        if (!endsInTime || end >= limit) return null;
        if (lead == "连续") return (start, end, true);
        if (text[end] == '来') return (start, end + 1, false);
        if (Follows(text, end, limit, "以来")) return (start, end + 2, false);
        if (text[end] is '中' or '里' or '内') return (start, end, false);
        return lead != "近" || OpensClause(text, start, floor) ? (start, end, false) : null;
    }

    /// <summary>Whether <paramref name="f"/> is the span of a window (not a run) or of a superlative's latest ones (为近5年最高).</summary>
    public static bool IsWindow(string text, FigureCandidate f, int floor, int limit) =>
        f.Kind == FigureKind.DURATION && (Frame(text, f, floor, limit) is { Running: false } || IsLatest(text, f, floor, limit));

    /// <summary>
    /// 近 that means the latest, not a nearly: before a span of time that opens its clause (近三年，…) or that a superlative follows
    /// (为近5年最高, 创近4个月新高, 为近20年来最低, 创下近五年同期新高), or whose 来 runs on in its clause (近八年来第三次获奖, 销量为近三年来的高位;
    /// the project golds). 近两年来 before a comma stays a nearly, as the 1998 dev gold has it.
    /// </summary>
    public static bool IsLatest(string text, FigureCandidate f, int floor, int limit)
    {
        if (f.Kind != FigureKind.DURATION) return false;
        int near = text[f.Start] == '近' ? f.Start : f.Start > floor && text[f.Start - 1] == '近' ? f.Start - 1 : -1;
        if (near < 0) return false;
        int at = f.End;
        if (Follows(text, at, limit, "以来")) at += 2;
        else if (at < limit && text[at] == '来') at++;
        int superlative = Follows(text, at, limit, "同期") ? at + 2 : at;   // 创下近五年同期新高
        if (superlative < limit && text[superlative] is '最' or '新') return true;
        // 这是该厂近八年来第三次获奖, 近5年来新建公园12个: 来 runs on into what the latest years hold.
        if (at > f.End && at < limit && !ClauseBounds.IsBreak(text[at])) return true;
        return at == f.End && at < limit && !ClauseBounds.IsBreak(text[at]) && OpensClause(text, near, floor);
    }

    private static bool OpensClause(string text, int at, int floor)
    {
        int clause = ClauseBounds.ClauseStart(text, at, floor);
        return text.AsSpan(clause, at - clause).IndexOfAnyExcept(' ', '　') < 0;
    }
}
