using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>
/// Refines a figure's qualifier from the words around its span (GUIDELINES F5): 接近 / 约等于 / 左右 / 上下
/// (approx), 超过 / 突破 / 以上 (over), 不到 / 不足 / 以内 / 在…内 (under), also before the whole a share is of
/// (不足正常水平的两成); and marks goals as target (see <see cref="TargetDetector"/>), which overrides the rest.
/// One-character markers inside the span (约 近 逾 超 余 多) were already read by the recognizer.
/// </summary>
internal static class QualifierDetector
{
    // Longest first where one word ends another (不超过 before 超过).
    private static readonly (string Word, Qualifier Qualifier)[] Before =
    [
        ("不超过", Qualifier.Under), ("不高于", Qualifier.Under), ("不低于", Qualifier.Over), ("不少于", Qualifier.Over), ("约等于", Qualifier.Approx), ("差不多", Qualifier.Approx),
        ("不到", Qualifier.Under), ("不足", Qualifier.Under), ("低于", Qualifier.Under), ("少于", Qualifier.Under),
        ("未满", Qualifier.Under), ("不满", Qualifier.Under), ("未到", Qualifier.Under), ("年满", Qualifier.Over),
        ("接近", Qualifier.Approx), ("将近", Qualifier.Approx), ("近乎", Qualifier.Approx), ("大约", Qualifier.Approx),
        ("约为", Qualifier.Approx), ("约合人民币", Qualifier.Approx), ("约合", Qualifier.Approx), ("约需要", Qualifier.Approx), ("约需", Qualifier.Approx),
        ("约占", Qualifier.Approx), ("约有", Qualifier.Approx), ("大概", Qualifier.Approx),
        ("超过", Qualifier.Over), ("高于", Qualifier.Over), ("多于", Qualifier.Over), ("超出", Qualifier.Over),
        ("突破", Qualifier.Over),
    ];

    private static readonly (string Word, Qualifier Qualifier)[] After =
    [
        ("左右", Qualifier.Approx), ("上下", Qualifier.Approx), ("前后", Qualifier.Approx),
        ("及以上", Qualifier.Over), ("及以下", Qualifier.Under),
        ("以上", Qualifier.Over), ("有余", Qualifier.Over), ("开外", Qualifier.Over),
        ("以内", Qualifier.Under), ("以下", Qualifier.Under), ("之内", Qualifier.Under),
    ];

    public static Qualifier Refine(Document document, FigureCandidate figure, int floor, int limit, int? referenceYear)
    {
        string text = document.Text;
        if (TargetDetector.IsTarget(document, figure, floor, referenceYear)) return Qualifier.Target;
        if (figure.Qualifier == Qualifier.Approx && TimeWindows.IsLatest(text, figure, floor, limit)) return Qualifier.Exact;
        if (figure.Qualifier != Qualifier.Exact) return figure.Qualifier;

        var before = text.AsSpan(floor, figure.Start - floor);
        foreach (var (word, qualifier) in Before)
            if (before.EndsWith(word)) return Forbidden(before[..^word.Length]) ? Reversed(qualifier) : qualifier;

        // 约占全天的7%, 不足正常水平的两成, 不低于上年采购量的80%: the word, the whole the figure is a share of, then the figure.
        if (before.EndsWith("的") && ShareOf(before[..^1]) is { } bounded) return bounded;

        var after = text.AsSpan(figure.End, limit - figure.End);
        foreach (var (word, qualifier) in After)
            if (after.StartsWith(word)) return qualifier;

        // ９０分钟内, 3周内: 内 right after a span of time bounds it (GUIDELINES F5: …内).
        if (figure.Kind == FigureKind.DURATION && after.Length > 0 && after[0] == '内' && !(after.Length > 1 && IsWordAfterInner(after[1])))
            return Qualifier.Under;

        // 在4小时车程内: 在 … 内 frames a bound even when 内 does not touch the number.
        if (figure.Kind != FigureKind.DATE && ((before.Length > 0 && before[^1] == '在') || (before.Length > 1 && before[^2] == '在')))
        {
            int end = ClauseBounds.ClauseEnd(text, figure.End, Math.Min(limit, figure.End + 5));
            int inner = text.IndexOf('内', figure.End, end - figure.End);
            if (inner >= 0 && !(inner + 1 < limit && IsWordAfterInner(text[inner + 1]))) return Qualifier.Under;
        }
        return Qualifier.Exact;
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
            if (word is "高于" or "低于" or "多于" or "少于") continue;
            int at = before.LastIndexOf(word);
            if (at >= 0 && IsWhole(before[(at + word.Length)..])) return qualifier;
        }
        return null;
    }

    private static bool IsWhole(ReadOnlySpan<char> whole)
    {
        if (whole.IsEmpty || whole.Length > MaxWhole) return false;
        foreach (char c in whole)
            if (ClauseBounds.IsBreak(c) || NumeralChars.CanStart(c)) return false;
        return true;
    }

    /// <summary>内 starting a word (内容, 内部, 内涵, 内在, 内外, 内地): no bound.</summary>
    private static bool IsWordAfterInner(char c) => c is '容' or '部' or '涵' or '在' or '外' or '地';
}
