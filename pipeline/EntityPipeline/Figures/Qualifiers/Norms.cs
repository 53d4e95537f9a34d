using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Qualifiers;

/// <summary>
/// A rule's figures (可处200元至3000元罚款, 每周工作时间不得超过25小时), and advice's (专家提醒，孩子高热超过39℃…), hold for as
/// long as the rule does: no year or day the report states is their period, only the date the rule takes effect from
/// (自明年3月1日起, 今年起), as the golds write them. So do a standard's bounds (不超过8人) at any time their clause does not state.
/// </summary>
internal static class Norms
{
    // Words of a rule within the figure's clause.
    private static readonly string[] ClauseWords = ["罚款", "处以", "可处", "不得", "最高可"];

    // Verbs that open a sentence of advice (血站提示，健康成年人单次献全血200毫升至400毫升), and the rule a sentence is stated by
    // (按规定，献血者年龄为18周岁至60周岁): its figures are norms too.
    private static readonly string[] AdviceVerbs = ["提醒", "提示", "规定"];

    // What a sentence opened by 按 or 根据 states its rule by (按要求，…; 按工艺规程，…). Not alone: in 县里要求，… the body
    // that requires is whom the figures are about.
    private static readonly string[] StatedRules = ["要求", "规程", "规范", "新规"];
    private static readonly string[] Citing = ["按", "根据", "依据"];

    // How far after a time word the 起 of a start may stand (明年3月1日起).
    private const int StartReach = 6;

    /// <summary>
    /// The period of figure <paramref name="f"/> in <paramref name="sentence"/>: "" for a rule's figure unless it is when the rule starts
    /// (自明年3月1日起) or the stretch it is for (供暖期间).
    /// </summary>
    public static string Period(string text, Sentence sentence, FigureCandidate f, string period) =>
        period.Length == 0 || period.EndsWith("期间", StringComparison.Ordinal) || StartsRule(text, sentence, period) || !IsRule(text, sentence, f) && !IsStandard(text, sentence, f, period) ? period : "";

    // The words of a standard's bound (每名教练员带教学员不超过8人, 每餐供应肉类不少于50克).
    private static readonly string[] Bounds = ["不超过", "不少于", "不低于", "不高于", "不多于"];

    // How far before a figure a bound's word may stand (不少于约50克).
    private const int BoundReach = 4;

    /// <summary>
    /// A figure after a bound's word is a standard, which holds at no year its clause does not state: 今年全区有培训场馆23个，
    /// 每名教练员带教学员不超过8人 gives 8人 no period, 全年演出不少于350场 keeps 全年 (the design golds: 27 such rows none, 11 their
    /// clause's own, 18 of the first given a carried or sentence period before this).
    /// </summary>
    private static bool IsStandard(string text, Sentence sentence, FigureCandidate f, string period)
    {
        int start = ClauseBounds.ClauseStart(text, f.Start, sentence.Start);
        if (TextRules.WordBefore(text, f.Start, Math.Max(sentence.Start, f.Start - BoundReach), Bounds) is null && !SetsStandard(text, start, f.Start)) return false;
        return text.IndexOf(period, start, f.Start - start, StringComparison.Ordinal) < 0;
    }

    // What states a rate's standard before it (补助标准为每亩500元, 补贴标准由每人每月600元提高到800元).
    private static readonly string[] StandardWords = ["标准为", "标准是", "标准由", "标准提高到", "标准调整为"];

    /// <summary>
    /// Whether the clause before <paramref name="at"/> states a standard (午餐标准为每份15元): such a standard holds at no year its clause
    /// does not state, as a bound does (the design golds: 12 of 20 none, the other 8 their clause's own time or start).
    /// </summary>
    private static bool SetsStandard(string text, int start, int at) => TextRules.ContainsAny(text.AsSpan(start, at - start), StandardWords);

    /// <summary>Whether the sentence's first clause ends in a verb of advice or names its rule (专家提醒，…; 按规定，…; 按新规，…).</summary>
    public static bool Advises(string text, Sentence sentence)
    {
        int comma = ClauseBounds.ClauseEnd(text, sentence.Start, sentence.End);
        if (comma >= sentence.End || text[comma] is not ('，' or ',')) return false;
        return TextRules.WordBefore(text, comma, sentence.Start, AdviceVerbs) is not null
            || TextRules.WordAt(text, sentence.Start, comma, Citing) is not null && TextRules.WordBefore(text, comma, sentence.Start, StatedRules) is not null;
    }

    /// <summary>Whether <paramref name="f"/> is a time limit: a span of time followed by 内 (在3个工作日内办结, 灾后12小时内).</summary>
    public static bool IsTimeLimit(string text, FigureCandidate f) => f.Kind == FigureKind.DURATION && f.End < text.Length && text[f.End] == '内';

    private static bool StartsRule(string text, Sentence sentence, string period)
    {
        int at = text.IndexOf(period, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
        if (at < 0) return false;
        int from = at + period.Length - 1;
        return text.IndexOf('起', from, Math.Min(StartReach + 1, sentence.End - from)) >= 0;
    }

    private static bool IsRule(string text, Sentence sentence, FigureCandidate f)
    {
        if (Advises(text, sentence)) return true;
        int start = ClauseBounds.ClauseStart(text, f.Start, sentence.Start), end = ClauseBounds.ClauseEnd(text, f.End, sentence.End);
        return TextRules.ContainsAny(text.AsSpan(start, end - start), ClauseWords);
    }
}
