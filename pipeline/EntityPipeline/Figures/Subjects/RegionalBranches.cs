
namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// A national body's office for one division (中国人民银行宁川市分行, 国家统计局嘉兴调查队, 国家税务总局浙江省税务局): the division its name
/// holds between the body and the office, which the figures it releases are about, as <see cref="FigureAttacher"/> takes a
/// releasing office's own place (GUIDELINES F7); and a city office's branch for one of its districts or counties.
/// </summary>
internal static class RegionalBranches
{
    private static readonly string[] Bodies = ["中国人民银行", "国家统计局", "国家税务总局", "国家金融监督管理总局", "国家外汇管理局", "国家邮政局"];

    // Longest first where one ends another.
    private static readonly string[] Offices = ["营业管理部", "调查总队", "中心支行", "调查队", "税务局", "监管局", "管理局", "分行", "分局", "支行"];

    private const int MinPlace = 2, MaxPlace = 8;

    /// <summary>The division named in [<paramref name="start"/>, <paramref name="end"/>) between a national body and its office, or null.</summary>
    public static PlaceSpan? Division(string text, int start, int end)
    {
        if (TextRules.WordAt(text, start, end, Bodies) is not { } body) return null;
        int from = start + body.Length;
        if (TextRules.WordBefore(text, end, from, Offices) is not { } office) return null;
        int to = end - office.Length;
        return to - from is >= MinPlace and <= MaxPlace && Text.HanCharacters.AllHan(text.AsSpan(from, to - from)) ? new PlaceSpan(from, to) : null;
    }

    // The shortest and longest name of a district or county between an office and its branch's level (公安局|西湖|区分局).
    private const int MinBranchName = 2, MaxBranchName = 4;

    /// <summary>
    /// The district or county a local office's branch is named for (某市公安局西湖区分局 → 西湖区, whose figures it reports): two to
    /// four characters after the office's 局 and before the 区 or 县 that ends the name with 分局; else null.
    /// </summary>
    public static PlaceSpan? LocalBranch(string text, int start, int end)
    {
        int level = end - 3;
        if (end - start < 6 || !text.AsSpan(end - 2, 2).SequenceEqual("分局") || text[level] is not ('区' or '县')) return null;
        for (int from = level - MinBranchName; from >= level - MaxBranchName && from > start; from--)
            if (text[from - 1] == '局') return new PlaceSpan(from, level + 1);
        return null;
    }
}
