using EntityPipeline.Documents;
using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Qualifiers;

/// <summary>
/// A figure that bounds the group named after it (每天户外活动不足2小时的学生, 树龄500年以上的古树, 10万元至20万元的车型, 30万元以上车型):
/// it says which members a later figure counts, and is about none of the report's names (GUIDELINES F7): the design golds give
/// such a threshold no subject unless its own clause names one (全省持续40℃以上高温), as <see cref="Ages"/> does for ages.
/// </summary>
internal static class GroupBounds
{
    // Longest first where one word ends another.
    private static readonly string[] BoundsAfter = ["及以上", "及以下", "以上", "以下", "以内"];

    // Bounds before the figure that need a 的 after it (不足2小时的学生, 超过1万米的有9次, 服务满1000小时的志愿者).
    private static readonly string[] BoundsBefore = ["不足", "不到", "少于", "多于", "超过", "低于", "高于", "满"];

    /// <summary>
    /// Whether <paramref name="f"/> bounds the noun after it within [<paramref name="floor"/>, <paramref name="limit"/>): a bound
    /// (以上, inside the figure or after it), a range or a bound before it (不足, 超过) with 的, then a noun.
    /// </summary>
    public static bool Bounds(string text, FigureCandidate f, int floor, int limit)
    {
        // 每天2次以上的重访: a rate bounds how often, not who.
        if (f.Kind is FigureKind.DATE or FigureKind.ORDINAL or FigureKind.RATE) return false;
        int at = f.End;
        bool bounded = WordBefore(text, f.End, f.Start, BoundsAfter) is not null;
        if (WordAt(text, at, limit, BoundsAfter) is { } bound) { at += bound.Length; bounded = true; }
        if (at < limit && text[at] == '的') at++;
        // 200家以上中小企业, 5年以上有期徒刑: without 的 a count or a span of time counts or measures the noun after it.
        else if (!bounded || f.Kind is FigureKind.COUNT or FigureKind.DURATION) return false;
        // 不低于1万元的标准 sets a norm's floor, not a group.
        bounded |= f.ValueMax.Length > 0 || WordBefore(text, f.Start, floor, BoundsBefore) is { } before && !(f.Start - before.Length > floor && text[f.Start - before.Length - 1] == '不');
        // 25至30岁之间 bounds a value, not a group; 5年以上后 no noun.
        return bounded && at < limit && !ClauseBounds.IsBreak(text[at]) && !IsFunctionChar(text[at]) && text[at] is not ('后' or '前');
    }
}
