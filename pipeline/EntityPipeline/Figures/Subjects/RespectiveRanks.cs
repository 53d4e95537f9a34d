using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// 分列, 分获, 分居 (rank respectively) deal a list of ranks out to the names listed before the verb, in order (广东队和上海队分列
/// 第二、第三 → 广东队, 上海队; 新西兰“南十字号”和法国“蓝鲸号”分获第二、第三名), as every design-gold row of the construction has it.
/// </summary>
internal static class RespectiveRanks
{
    private static readonly string[] Verbs = ["分列", "分获", "分居"];

    private static bool IsSeparator(char c) => c is '、' or '和' or '与';

    // Room for an earlier rank of the list (第二, 第十二) and for a place that describes a listed name (法国“蓝鲸号”).
    private const int MaxRank = 4;
    private const int MaxDescriber = 4;

    /// <summary>The name at the place of rank <paramref name="f"/> in its list, among <paramref name="names"/> (one span each); else null.</summary>
    public static PlaceSpan? Name(string text, FigureCandidate f, int floor, List<PlaceSpan> names)
    {
        if (f.Kind != FigureKind.ORDINAL) return null;
        int at = f.Start, position = 0;
        string? verb;
        // Back over the ranks before it (分列第二、第三: the second of the list).
        while ((verb = TextRules.WordBefore(text, at, floor, Verbs)) is null)
        {
            if (at - 2 < floor || !IsSeparator(text[at - 1])) return null;
            int rank = text.LastIndexOf('第', at - 2, Math.Min(MaxRank, at - 1 - floor));
            if (rank < 0) return null;
            at = rank;
            position++;
        }
        // The names that end right before the verb, each after a separator but the first.
        var listed = new List<PlaceSpan>();
        int end = at - verb.Length;
        for (int i = names.Count - 1; i >= 0; i--)
        {
            if (names[i].End > end) continue;
            if (names[i].End != end) break;
            listed.Insert(0, names[i]);
            int separator = names[i].Start - 1;
            while (separator > floor && names[i].Start - separator <= MaxDescriber && !IsSeparator(text[separator])) separator--;
            if (separator < floor || !IsSeparator(text[separator])) break;
            end = separator;
        }
        return listed.Count >= 2 && position < listed.Count ? listed[position] : null;
    }
}
