using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>
/// Finds when a figure holds (GUIDELINES F7 period): the nearest time expression before it in its
/// sentence — a DATE figure (with 到 / 截至 before it and 以来 after it; not a baseline such as 较2011年, nor a
/// clock time), a time word (截至目前, 今年, 现在, 目前; not a baseline such as 比去年同期), or a "…以来" phrase (示范区挂牌以来). Words of the
/// future (未来, 届时) are periods of targets only; a target with no period in its sentence takes the goal
/// year its paragraph states (到2025年).
/// </summary>
internal static class PeriodFinder
{
    private static readonly string[] TimeWords =
        ["截至目前", "截至今年", "今年以来", "近年来", "几年来", "多年来", "目前", "现在", "如今", "当前", "眼下", "今年", "去年", "明年", "此前",
         "今天", "今日", "昨天", "昨日", "当天", "当日", "本周", "本月", "上月", "本轮", "最近"];

    private static readonly string[] FutureWords = ["未来", "届时", "将来"];

    public static string Find(string text, Sentence sentence, FigureCandidate figure, List<FigureCandidate> sentenceFigures, bool target)
    {
        if (figure.Kind == FigureKind.DATE) return "";
        int bestStart = -1, bestEnd = -1;
        void Consider(int start, int end)
        {
            if (end <= figure.Start && end > bestEnd) { bestStart = start; bestEnd = end; }
        }

        foreach (var d in sentenceFigures)
        {
            if (d.Kind != FigureKind.DATE || d.IsClockTime || d.End > figure.Start || d.Start < sentence.Start) continue;
            char before = d.Start > sentence.Start ? text[d.Start - 1] : '\0';
            if (IsComparisonBase(before) || before is '从' or '自' or '于') continue;
            int start = d.Start, end = d.End;
            if (before is '到' or '至') start--;
            if (start >= sentence.Start + 2 && text.AsSpan(start - 2, 2) is "截至" or "截止") start -= 2;
            if (Follows(text, end, sentence.End, "以来")) end += 2;
            Consider(start, Math.Min(end, figure.Start));
        }

        var span = text.AsSpan(sentence.Start, figure.Start - sentence.Start);
        foreach (var w in TimeWords)
        {
            // 比去年同期增长8.4%: a comparison base is not when the figure holds (GUIDELINES F9).
            int at = span.LastIndexOf(w);
            while (at > 0 && IsComparisonBase(span[at - 1])) at = span[..at].LastIndexOf(w);
            if (at >= 0) Consider(sentence.Start + at, sentence.Start + at + w.Length);
        }
        if (target)
        {
            foreach (var w in FutureWords)
            {
                int at = span.LastIndexOf(w);
                if (at >= 0) Consider(sentence.Start + at, sentence.Start + at + w.Length);
            }
        }
        int since = span.LastIndexOf("以来");
        if (since > 0)
        {
            int end = sentence.Start + since + 2;
            int start = ClauseBounds.ClauseStart(text, end - 2, sentence.Start);
            if (end - start <= 12 && !sentenceFigures.Exists(f => f.Start >= start && f.End <= end)) Consider(start, end);
        }

        if (bestEnd >= 0) return text[bestStart..bestEnd];
        return target ? GoalYear(text, figure.Start) : "";
    }

    /// <summary>到YYYY年 at the head of the figure's paragraph.</summary>
    private static string GoalYear(string text, int at)
    {
        int line = ClauseBounds.LineStart(text, at);
        var scope = text.AsSpan(line, at - line);
        for (int i = scope.Length - 6; i >= 0; i--)
        {
            if (scope[i] is not ('到' or '至') || scope[i + 5] != '年') continue;
            bool digits = true;
            for (int k = i + 1; k <= i + 4 && digits; k++) digits = NumeralChars.ArabicDigit(scope[k]) >= 0;
            if (digits) return scope.Slice(i, 6).ToString();
        }
        return "";
    }

    private static bool IsComparisonBase(char before) => before is '较' or '比' or '与' or '同' or '和';

    private static bool Follows(string text, int at, int limit, string word) =>
        at + word.Length <= limit && text.AsSpan(at, word.Length).SequenceEqual(word);
}
