using EntityPipeline.Documents;
using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Qualifiers;

/// <summary>
/// Ages (岁, 周岁). An age that bounds a group (60岁及以上人口, 15至59岁的劳动年龄人口, 年满70周岁的人员) only says who is counted, and
/// a person's age (20岁的棋手周凯) describes the person: neither measures anything, and only a person's age has a subject (the
/// project golds' reading of GUIDELINES F7). An average or expected age measures one (平均年龄为29.4岁, 人均预期寿命79岁).
/// </summary>
internal static class Ages
{
    private static readonly string[] Bounds = ["及以上", "及以下", "以上", "以下"];
    private static readonly string[] BoundsBefore = ["年满", "未满", "不满"];

    public static bool IsAge(FigureCandidate f) => f.Kind == FigureKind.DURATION && f.Unit is "岁" or "周岁";

    /// <summary>Whether a metric found for an age names what the age measures (平均年龄, 预期寿命), not the person or group.</summary>
    public static bool MeasuresAnAge(string metric) => metric.Contains("年龄") || metric.Contains("寿命") || metric.Contains("岁数");

    // 年仅19岁: an age told of the person the sentence is about.
    private static readonly string[] PersonsAgeWords = ["年仅", "年方", "时年", "现年"];

    /// <summary>Whether a word that tells a person's age comes right before it (年仅19岁).</summary>
    public static bool FollowsPerson(string text, FigureCandidate f, int floor) => IsAge(f) && WordBefore(text, f.Start, floor, PersonsAgeWords) is not null;

    /// <summary>Whether the age bounds the group named right after it: a range or a bound (以上, 年满), then a noun.</summary>
    public static bool BoundsGroup(string text, FigureCandidate f, int floor, int limit)
    {
        if (!IsAge(f)) return false;
        int at = f.End;
        bool bounded = f.ValueMax.Length > 0 || WordBefore(text, f.Start, floor, BoundsBefore) is not null;
        if (WordAt(text, at, limit, Bounds) is { } bound) { at += bound.Length; bounded = true; }
        if (!bounded) return false;
        if (at < limit && text[at] == '的') at++;
        // 25至30岁之间 bounds a value, not a group.
        return at < limit && !ClauseBounds.IsBreak(text[at]) && text[at] != '之' && !IsFunctionChar(text[at]);
    }
}
