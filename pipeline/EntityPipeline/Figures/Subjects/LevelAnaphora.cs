namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Words that refer back to a division named earlier: 全省, 该市, 本县, 我区, 全街道 … name no place themselves, but say
/// which level of place the figure is about (省, 市, 县, 区, 镇; 街 for a subdistrict, 街道).
/// </summary>
internal static class LevelAnaphora
{
    private const string Determiners = "全该本我";
    private const string Levels = "省市县区镇州旗";

    /// <summary>Where the first such word in [<paramref name="start"/>, <paramref name="end"/>) starts (its level is the character after), or null.</summary>
    public static int? Find(string text, int start, int end)
    {
        for (int i = start; i + 1 < end; i++)
        {
            if (!Determiners.Contains(text[i])) continue;
            if (Levels.Contains(text[i + 1]) && !(i + 2 < end && text[i + 2] is '域' or '级' or '委' or '长' or '政' or '场')) return i;
            if (IsSubdistrict(text, i + 1, end)) return i;
        }
        return null;
    }

    /// <summary>Where such a word starting at <paramref name="at"/> ends: after its level, which 街道 writes in two characters.</summary>
    public static int End(string text, int at) => at + (text[at + 1] == '街' ? 3 : 2);

    // 全街道, 该街道: a subdistrict (街道) referred back to, its level 街; not 全街道路 (the roads of a whole street).
    private static bool IsSubdistrict(string text, int at, int end) =>
        at + 1 < end && text[at] == '街' && text[at + 1] == '道' && !(at + 2 < end && text[at + 2] is '路' or '旁' or '两');

    /// <summary>
    /// Where a level said colloquially with 里 at a clause's head (县里新建…, ，区里还组织…; a town's 镇上 too) stands, or null: it
    /// refers back as 本县 does. Only after punctuation or at <paramref name="start"/>, so that 城市里 and 农村县里 are no such word.
    /// </summary>
    public static int? FindColloquial(string text, int start, int end)
    {
        for (int i = start; i + 1 < end; i++)
            if (Levels.Contains(text[i]) && (text[i + 1] == '里' || text[i] == '镇' && text[i + 1] == '上') && (i == start || char.IsPunctuation(text[i - 1]) || char.IsWhiteSpace(text[i - 1])))
                return i;
        return null;
    }

    /// <summary>
    /// 全省, 全市 …, and a local paper's 我省, 本市 …: the whole of the division, which stands for it when the text never names it
    /// (市法院发布…，全市受理…; 今年以来，我市新增…). 该市 always points back to a division named.
    /// </summary>
    public static bool IsWhole(string text, int at) => text[at] == '全' || LocalDeterminers.Contains(text[at]) && !(at > 0 && Locatives.Contains(text[at - 1]));

    /// <summary>The determiners of a local paper's own division (我市, 本省), which name its whole as 全 does.</summary>
    private const string LocalDeterminers = "我本";

    /// <summary>What makes 我市, 本省 a place something is in or goes to (留在本省工作, 来我市投资), not what a figure is about.</summary>
    private const string Locatives = "在于到来赴回入进至从离出往向";

    /// <summary>Whether 全省, 我市, 本县 … (<see cref="IsWhole"/>) starts at <paramref name="at"/>.</summary>
    public static bool IsWholeAt(ReadOnlySpan<char> text, int at) => at + 1 < text.Length && (text[at] == '全' || LocalDeterminers.Contains(text[at])) && Levels.Contains(text[at + 1]);

    /// <summary>Whether 该省, 该市, 该县 … starts at <paramref name="at"/>: a division named before, referred back to.</summary>
    public static bool IsThatAt(ReadOnlySpan<char> text, int at) => at + 1 < text.Length && text[at] == '该' && Levels.Contains(text[at + 1]);

    /// <summary>The subject [<paramref name="start"/>, <paramref name="end"/>) names: 我省 and 本市 as 全省 and 全市, one spelling for the whole division; else its text.</summary>
    public static string Subject(string text, int start, int end) =>
        end - start == 2 && LocalDeterminers.Contains(text[start]) && Levels.Contains(text[start + 1]) ? "全" + text[start + 1] : text[start..end];
}
