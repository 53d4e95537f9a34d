
namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// How a report names who releases its figures and when (国家统计局今天发布数据, 海关总署13日公布, 民航局数据显示, 文化和旅游部数据中心
/// 测算, 国家邮政局预计): an office that releases figures about others is not what they are about, and the day of a release is not when they
/// hold.
/// </summary>
internal static class ReleaseWords
{
    private static readonly string[] Words = ["发布", "公布", "通报", "披露", "测算", "统计", "监测", "数据", "资料", "显示", "消息", "介绍", "预计", "预测", "获悉", "了解到"];

    private static readonly string[] Partners = ["等部门", "等单位", "等机构"];

    // Adverbs between the day and the verb (据县应急管理局初步统计).
    private static readonly string[] Adverbs = ["初步", "最新", "正式"];

    // The day a release is dated (今天, 9日, 日前) between the source and its verb.
    private const string DayChars = "今昨明前近当本日天月号周0123456789０１２３４５６７８９一二三四五六七八九十";

    /// <summary>Whether a word of releasing starts at <paramref name="at"/>.</summary>
    public static bool StartAt(string text, int at, int limit) => TextRules.WordAt(text, at, limit, Words) is not null;

    /// <summary>Whether a word of releasing stands in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Within(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (StartAt(text, i, end)) return true;
        return false;
    }

    // Room for the place of a release between its day and its verb (昨天在深圳发布).
    private const int MaxVenue = 6;

    /// <summary>Whether the day that ends at <paramref name="dayEnd"/> is the day of a release: 今天发布, 9日公布, 昨天在深圳发布.</summary>
    public static bool AfterDay(string text, int dayEnd, int limit)
    {
        if (StartAt(text, dayEnd, limit)) return true;
        if (dayEnd >= limit || text[dayEnd] != '在') return false;
        for (int k = dayEnd + 2; k < limit && k - dayEnd <= MaxVenue && !ClauseBounds.IsBreak(text[k - 1]); k++)
            if (StartAt(text, k, limit)) return true;
        return false;
    }

    // The offices that release statistics about others (国家统计局, 海关总署, 商务部, 中国人民银行, 行业协会). A company or a
    // hospital that releases its own figures (芯衡科技发布年报, 市第一人民医院发布…) is what they are about.
    // A court's work report and an exam authority's scores are about the place (临澜市, 全省), not the body.
    // A zone's administrative committee (管委会) reports on its zone.
    // A research institute or a weather office reports on what it studies or watches (a dig, a glacier, a cold wave), not on itself.
    private static readonly string[] Offices = ["局", "部", "署", "委", "委员会", "管委会", "厅", "办", "处", "中心", "银行", "分行", "支行", "协会", "法院", "考试院", "支队", "调查队", "调查总队", "交易所", "研究院", "研究所", "科学院", "气象台"];

    /// <summary>Whether the name [<paramref name="start"/>, <paramref name="end"/>) ends in a word for an office (统计局, 商务厅, 法院).</summary>
    public static bool IsOffice(string text, int start, int end) => TextRules.WordBefore(text, end, start, Offices) is not null;

    // The verbs a reporter learns by from a source (记者从天津港获悉).
    private static readonly string[] Learning = ["获悉", "了解到"];

    /// <summary>
    /// The source a reporter learns from in [<paramref name="start"/>, <paramref name="end"/>) (记者从江海重工获悉, 从南岭铁路集团了解到),
    /// one of <paramref name="names"/>; else null. A firm, port or reserve gives its own figures; an office (<see cref="IsOffice"/>) its place's.
    /// </summary>
    public static PlaceSpan? Source(string text, int start, int end, List<PlaceSpan> names)
    {
        foreach (var n in names)
            if (n.Start > start && n.End < end && text[n.Start - 1] == '从' && TextRules.WordAt(text, n.End, end, Learning) is not null)
                return n;
        return null;
    }

    /// <summary>
    /// Whether the name [<paramref name="start"/>, <paramref name="end"/>) is an office that releases figures about others: the
    /// others it releases with (等部门) and a day at most after it, then a word of releasing.
    /// </summary>
    public static bool ReleasedBy(string text, int start, int end, int limit)
    {
        if (!IsOffice(text, start, end)) return false;
        // 国家发展改革委等部门近日公布: the office with others.
        int from = end + (TextRules.WordAt(text, end, limit, Partners)?.Length ?? 0);
        int i = from;
        while (i < limit && i - from < 4 && DayChars.Contains(text[i])) i++;
        if (TextRules.WordAt(text, i, limit, Adverbs) is { } adverb) i += adverb.Length;
        return StartAt(text, i, limit);
    }
}
