using EntityPipeline.Figures.Metrics;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// The subject a clause opens with when it is no tagged name (GUIDELINES F7: the place, organisation or object a figure is
/// about): some of a kind, a determiner and a run of nouns that the clause's predicate follows (部分平台已将抽成比例下调至27%,
/// 部分中小养殖户已连续亏损两个半月), read with the segmenter's parts of speech. A clause that opens with its predicate (…，并承诺…)
/// takes its sentence's opening one, and one that releases its sentence's figures (某头部平台数据显示，…平台累计成交额…) is theirs.
/// A run with no noun between its predicate and the figure is the metric itself, not a subject.
/// Any noun run without a determiner was measured and loses (docs/figures-dev-gold.md, "Session 32"): most are words that
/// refer back (公司, 县里, 法院) or the metric's own nouns (电气原因引发的火灾); but not a field's departments (交通运输部门).
/// </summary>
internal static class OpeningSubjects
{
    // Words that open a noun phrase for some of a kind (部分平台, 多家金店, 某交易平台).
    private static readonly string[] Determiners = ["部分", "不少", "多家", "一些", "某", "各", "多数", "少数"];

    public static PlaceSpan? Find(string text, int clause, int sentenceStart, int figureStart, WordBounds words)
    {
        var own = At(text, clause, figureStart, words, out bool opensWithPredicate);
        if (own is not null) return own;
        if (opensWithPredicate && clause > sentenceStart && At(text, sentenceStart, ClauseBounds.ClauseEnd(text, sentenceStart, figureStart), words, out _) is { } opening)
            return opening;
        return Releasing(text, sentenceStart, figureStart, words);
    }

    /// <summary>某头部平台数据显示，…; 某电商平台公布，…: some of a kind that opens the sentence and releases its figures, or null.</summary>
    private static PlaceSpan? Releasing(string text, int start, int limit, WordBounds words)
    {
        int at = start;
        while (at < limit && char.IsWhiteSpace(text[at])) at++;
        if (TextRules.WordAt(text, at, limit, Determiners) is not { } determiner) return null;
        int from = at + determiner.Length, end = from;
        while (end < limit && IsNoun(words.PosAt(end)) && !ReleaseWords.StartAt(text, end, limit)) end = words.WordEnd(end, limit);
        return end > from && EndsInNoun(from, end, words) && ReleaseWords.StartAt(text, end, limit) ? new PlaceSpan(at, end) : null;
    }

    private static PlaceSpan? At(string text, int start, int limit, WordBounds words, out bool opensWithPredicate)
    {
        int at = start;
        while (at < limit && char.IsWhiteSpace(text[at])) at++;
        opensWithPredicate = IsPredicate(words.PosAt(at));
        int from = at;
        if (TextRules.WordAt(text, at, limit, Determiners) is not { } determiner) return Departments(text, at, limit, words);
        at += determiner.Length;
        int end = at;
        while (end < limit && IsNoun(words.PosAt(end))) end = words.WordEnd(end, limit);
        if (end == at || end >= limit || !IsPredicate(words.PosAt(end)) || !EndsInNoun(at, end, words)) return null;
        // The predicate must say something of a noun of its own before the figure: that noun is the metric.
        for (int k = words.WordEnd(end, limit); k < limit; k = words.WordEnd(k, limit))
            if (IsNoun(words.PosAt(k)) || words.PosAt(k) == "vn") return new PlaceSpan(from, end);
        return null;
    }

    /// <summary>
    /// 交通运输部门出动除雪机械230台: the departments of a field that open the clause, nouns ending in 部门 before its predicate, are
    /// a body (the ministry's name inside is no mention: the tagger's rules leave 部门 untagged); null for any other noun run.
    /// </summary>
    private static PlaceSpan? Departments(string text, int at, int limit, WordBounds words)
    {
        int end = at, last = at;
        while (end < limit && IsNoun(words.PosAt(end))) (last, end) = (end, words.WordEnd(end, limit));
        return end > at && end < limit && text.AsSpan(last, end - last) is Department && IsPredicate(words.PosAt(end)) ? new PlaceSpan(at, end) : null;
    }

    private const string Department = "部门";

    private static bool EndsInNoun(int at, int end, WordBounds words)
    {
        int last = at;
        for (int k = at; k < end; k = words.WordEnd(k, end)) last = k;
        return words.PosAt(last) is "n" or "nt" or "nz" or "j";
    }

    // Names (nr, ns) are the tagger's; a noun of time or place words (t, s, f) opens no subject.
    private static bool IsNoun(string? pos) => pos is "n" or "nt" or "nz" or "j" or "b";

    private static bool IsPredicate(string? pos) => pos is "d" or "p" || pos is ['v', ..] && pos != "vn";
}
