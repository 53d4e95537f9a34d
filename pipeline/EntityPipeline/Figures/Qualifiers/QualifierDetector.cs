using EntityPipeline.Documents;
using EntityPipeline.Figures.Periods;
using EntityPipeline.Figures.Recognition;

namespace EntityPipeline.Figures.Qualifiers;

/// <summary>
/// Refines a figure's qualifier from the words around its span (GUIDELINES F5): 接近 / 约等于 / 左右 / 上下
/// (approx), 超过 / 突破 / 以上 / 出头 / 不止 (over), 不到 / 不足 / 未超过 / 跌破 / 以内 / 在…内 (under), also before the whole a share
/// is of (不足正常水平的两成), and adverbs a few characters before the figure (至少需要3天, 大约能省200元); and marks goals as target
/// (see <see cref="TargetDetector"/>), which overrides the rest but for the span of time a plan is carried out in (在未来3年内).
/// One-character markers inside the span (约 近 逾 超 余 多) were already read by the recognizer.
/// </summary>
internal static class QualifierDetector
{
    // Longest first where one word ends another (不超过 and 未超过 before 超过, 跌破 before 破).
    private static readonly (string Word, Qualifier Qualifier)[] Before =
    [
        ("不超过", Qualifier.Under), ("未超过", Qualifier.Under), ("没有超过", Qualifier.Under), ("没超过", Qualifier.Under), ("未超出", Qualifier.Under),
        ("不高于", Qualifier.Under), ("不低于", Qualifier.Over), ("不少于", Qualifier.Over), ("约等于", Qualifier.Approx), ("差不多", Qualifier.Approx),
        ("不早于", Qualifier.Over), ("不晚于", Qualifier.Under), ("未达到", Qualifier.Under), ("没有达到", Qualifier.Under),
        ("不到", Qualifier.Under), ("不足", Qualifier.Under), ("不及", Qualifier.Under), ("低于", Qualifier.Under), ("少于", Qualifier.Under), ("小于", Qualifier.Under),
        ("未满", Qualifier.Under), ("不满", Qualifier.Under), ("未到", Qualifier.Under), ("年满", Qualifier.Over),
        ("接近", Qualifier.Approx), ("将近", Qualifier.Approx), ("近乎", Qualifier.Approx), ("大约", Qualifier.Approx),
        ("约为", Qualifier.Approx), ("约合人民币", Qualifier.Approx), ("约合", Qualifier.Approx), ("约需要", Qualifier.Approx), ("约需", Qualifier.Approx),
        ("约占", Qualifier.Approx), ("约有", Qualifier.Approx), ("大概", Qualifier.Approx), ("约计", Qualifier.Approx),
        ("超过", Qualifier.Over), ("高于", Qualifier.Over), ("多于", Qualifier.Over), ("大于", Qualifier.Over), ("超出", Qualifier.Over),
        ("不止", Qualifier.Over), ("不下", Qualifier.Over),
        ("突破", Qualifier.Over), ("冲破", Qualifier.Over), ("站上", Qualifier.Over), ("跌破", Qualifier.Under), ("跌穿", Qualifier.Under), ("破", Qualifier.Over),
    ];

    // Comparison words: before a date (增幅低于2021年的3.2%) or a share's whole (高于上周的6.9%) they name a base, not a bound.
    private static readonly string[] Comparisons = ["高于", "低于", "多于", "少于", "大于", "小于"];

    /// <summary>
    /// Adverbs that bound or round the figure of the verb they modify (至少3名, 至少需要3天, 大约能省200元, 约有外来务工人员12万人): they may
    /// stand right before it or up to <see cref="MaxAdverbGap"/> characters before it in its clause. 最多 and 最少 are not among them:
    /// 每次最多可借10本书 states the maximum itself, and the project golds write it exact.
    /// </summary>
    private static readonly (string Word, Qualifier Qualifier)[] Adverbs =
    [
        ("至少", Qualifier.Over), ("起码", Qualifier.Over), ("至多", Qualifier.Under), ("顶多", Qualifier.Under),
        ("大约", Qualifier.Approx), ("大概", Qualifier.Approx), ("约莫", Qualifier.Approx), ("约摸", Qualifier.Approx), ("大致", Qualifier.Approx),
        ("约有", Qualifier.Approx), ("约可", Qualifier.Approx), ("约能", Qualifier.Approx),
    ];

    private const int MaxAdverbGap = 6;

    // 破 is a bound only on its own (票房破10亿元): 打破3项纪录 breaks records, 侦破5起案件 solves cases.
    private const string BreaksRecords = "打攻击识看说道揭爆刷连告侦";

    private static readonly (string Word, Qualifier Qualifier)[] After =
    [
        ("左右", Qualifier.Approx), ("上下", Qualifier.Approx), ("前后", Qualifier.Approx),
        ("及以上", Qualifier.Over), ("及以下", Qualifier.Under),
        ("以上", Qualifier.Over), ("有余", Qualifier.Over), ("开外", Qualifier.Over), ("出头", Qualifier.Over),
        ("以内", Qualifier.Under), ("以下", Qualifier.Under), ("之内", Qualifier.Under), ("范围内", Qualifier.Under),
    ];

    // Words an After word opens (8点上下班, 300公里上下游): no rounding.
    private static readonly string[] WordsAfter = ["上下班", "上下车", "上下游", "上下级", "上下楼", "上下文", "上下学"];

    public static Qualifier Refine(Document document, FigureCandidate figure, int floor, int limit, int? referenceYear)
    {
        string text = document.Text;
        // 力争在未来5年内建成门店80家: the span of time a plan is to be carried out in is bounded, not the goal (the project golds);
        // a span the plan reaches (把时间压缩到15秒以内) is the goal.
        if (figure.Kind == FigureKind.DURATION && figure.Qualifier == Qualifier.Exact && !text.AsSpan(figure.End, limit - figure.End).StartsWith("以内") && Inside(text, figure, floor, limit))
            return Qualifier.Under;
        if (TargetDetector.IsTarget(document, figure, floor, referenceYear)) return Qualifier.Target;
        if (figure.Qualifier == Qualifier.Approx && TimeWindows.IsLatest(text, figure, floor, limit)) return Qualifier.Exact;
        if (figure.Qualifier != Qualifier.Exact) return figure.Qualifier;

        var before = text.AsSpan(floor, figure.Start - floor);
        if (IsCap(text, figure, floor)) return Qualifier.Under;
        foreach (var (word, qualifier) in Before)
        {
            if (!before.EndsWith(word)) continue;
            if (figure.Kind == FigureKind.DATE && Comparisons.Contains(word)) break;
            if (word == "破" && before.Length > 1 && BreaksRecords.Contains(before[^2])) break;
            return Forbidden(before[..^word.Length]) ? Reversed(qualifier) : qualifier;
        }

        // 约占全天的7%, 不足正常水平的两成, 不低于上年采购量的80%: the word, the whole the figure is a share of, then the figure.
        if (before.EndsWith("的") && ShareOf(before[..^1]) is { } bounded) return bounded;

        var after = text.AsSpan(figure.End, limit - figure.End);
        foreach (var (word, qualifier) in After)
            if (after.StartsWith(word) && !StartsWord(after)) return qualifier;

        // 每晚300元起: a price that things start from.
        if (figure.Kind is FigureKind.MONEY or FigureKind.RATE && after.Length > 0 && after[0] == '起' && !(after.Length > 1 && after[1] is '来' or '码'))
            return Qualifier.Over;

        if (AdverbBefore(text, figure, floor) is { } adverb) return adverb;

        if (Inside(text, figure, floor, limit)) return Qualifier.Under;
        return Qualifier.Exact;
    }

    // A cap's words right before its amount (补贴最高800元, 租期最长为8年); not 最高达, an extreme reached.
    private static readonly string[] CapWords = ["最高为", "最长为", "最高", "最长"];

    // What a cap is set on: an allotment (每户, 单家, 可申请, 补贴, 奖励) or a term (租期, 期限).
    private static readonly string[] Allotments = ["每", "单户", "单家", "单次", "可申请", "补贴", "奖励", "补助", "租期", "期限", "服务费", "收费"];

    /// <summary>
    /// Whether the figure is the cap of an allotment or term (每台最高800元, 可申请最高30万元的贷款, 单次借阅期限最长60天): an upper bound,
    /// under, as the design golds write it from modern19 on (11 rows; four earlier rows exact). A peak (单日最高达1.8万人次) is not one.
    /// </summary>
    private static bool IsCap(string text, FigureCandidate figure, int floor)
    {
        if (TextRules.WordBefore(text, figure.Start, floor, CapWords) is not { } cap) return false;
        int clause = ClauseBounds.ClauseStart(text, figure.Start, floor);
        return TextRules.ContainsAny(text.AsSpan(clause, figure.Start - cap.Length - clause), Allotments);
    }

    // 不得低于26℃, 不能超过3小时: what must not be passed bounds the figure from the other side.
    private static bool Forbidden(ReadOnlySpan<char> before) => before.Length >= 2 && before[^2] == '不' && "得能可应宜准许要".Contains(before[^1]);

    private static Qualifier Reversed(Qualifier qualifier) =>
        qualifier switch { Qualifier.Over => Qualifier.Under, Qualifier.Under => Qualifier.Over, _ => qualifier };

    // Room for the whole a share is of (约占全市常住人口的).
    private const int MaxWhole = 10;

    /// <summary>
    /// The qualifier of a word of <see cref="Before"/> (约占, 不足, 接近) that opens the whole <paramref name="before"/> ends with,
    /// with no break or numeral in it; else null.
    /// </summary>
    private static Qualifier? ShareOf(ReadOnlySpan<char> before)
    {
        foreach (var (word, qualifier) in Before)
        {
            // 高于上周的6.9%: a comparison's base, not a bound of the figure.
            if (Comparisons.Contains(word)) continue;
            int at = before.LastIndexOf(word);
            if (at >= 0 && IsWhole(before[(at + word.Length)..])) return qualifier;
        }
        return null;
    }

    private static bool IsWhole(ReadOnlySpan<char> whole) => !whole.IsEmpty && whole.Length <= MaxWhole && IsPlain(whole);

    /// <summary>No break and no numeral.</summary>
    private static bool IsPlain(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
            if (ClauseBounds.IsBreak(c) || NumeralChars.CanStart(c)) return false;
        return true;
    }

    /// <summary>The qualifier of an adverb of <see cref="Adverbs"/> a few characters before the figure in its clause, with no 的 or numeral between; else null.</summary>
    private static Qualifier? AdverbBefore(string text, FigureCandidate figure, int floor)
    {
        int clause = Math.Max(ClauseBounds.ClauseStart(text, figure.Start, floor), figure.Start - MaxAdverbGap - 2);
        var before = text.AsSpan(clause, figure.Start - clause);
        foreach (var (word, qualifier) in Adverbs)
        {
            int at = before.LastIndexOf(word);
            if (at < 0) continue;
            var gap = before[(at + word.Length)..];
            if (gap.Length <= MaxAdverbGap && !gap.Contains('的') && IsPlain(gap)) return qualifier;
        }
        return null;
    }

    // How far before the figure the 在 of 在…内 may stand (在未来3年内).
    private const int MaxBeforeInside = 3;

    /// <summary>
    /// Whether 内 bounds the figure (GUIDELINES F5: …内): right after a span of time or a distance (９０分钟内, 3周内, 5公里内送达), or
    /// closing a 在 that stands a few characters before it in its clause (在4小时车程内, 在未来3年内). Not for dates.
    /// </summary>
    private static bool Inside(string text, FigureCandidate figure, int floor, int limit)
    {
        if (figure.Kind == FigureKind.DATE) return false;
        if (figure.Kind is FigureKind.DURATION or FigureKind.LENGTH && IsInner(text, figure.End, limit)) return true;
        int room = Math.Min(MaxBeforeInside, figure.Start - ClauseBounds.ClauseStart(text, figure.Start, floor));
        if (room <= 0 || text.LastIndexOf('在', figure.Start - 1, room) < 0) return false;
        int end = ClauseBounds.ClauseEnd(text, figure.End, Math.Min(limit, figure.End + 5));
        for (int i = figure.End; i < end; i++)
            if (IsInner(text, i, limit)) return true;
        return false;
    }

    private static bool IsInner(string text, int at, int limit) => at < limit && text[at] == '内' && !(at + 1 < limit && IsWordAfterInner(text[at + 1]));

    private static bool StartsWord(ReadOnlySpan<char> after)
    {
        foreach (var word in WordsAfter)
            if (after.StartsWith(word)) return true;
        return false;
    }

    /// <summary>内 starting a word (内容, 内部, 内涵, 内在, 内外, 内地): no bound.</summary>
    private static bool IsWordAfterInner(char c) => c is '容' or '部' or '涵' or '在' or '外' or '地';
}
