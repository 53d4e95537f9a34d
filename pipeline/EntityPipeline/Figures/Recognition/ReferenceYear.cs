namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// Infers the year a news article was written in, which 今年 refers to, from the article itself when no document
/// date is known. Only years the text ties to the present count (GUIDELINES F9: with no date known the year stays
/// XXXX): a calendar year (YYYY年, YYYY年度) stated in a sentence that says 今年 (今年6月，2023年度…座谈会), not a goal
/// (到2035年) nor a baseline (较2011年); and a comparison "较YYYY年同期", which makes this year YYYY+1. A year stated
/// only as a past fact (2019年该市人口达100万人。今年3月…) says nothing about when 今年 is. The latest such year wins.
/// </summary>
internal static class ReferenceYear
{
    public const int Earliest = 1000;
    public const int Latest = 2100;

    /// <summary>Whether <paramref name="n"/> can be a year of the calendar a report names (not 距今4800年's span).</summary>
    public static bool IsYear(int n) => n is >= Earliest and <= Latest;

    public static int? Infer(string text)
    {
        int? best = null;
        for (int i = 0; i + 4 < text.Length; i++)
        {
            if (text[i + 4] != '年') continue;
            int year = 0;
            bool digits = true;
            for (int k = 0; k < 4 && digits; k++)
            {
                int d = NumeralChars.ArabicDigit(text[i + k]);
                if (d < 0) d = NumeralChars.ChineseDigit(text[i + k]);
                if (d < 0) digits = false; else year = year * 10 + d;
            }
            if (!digits || year < Earliest || year > Latest) continue;
            if (i > 0 && (NumeralChars.ArabicDigit(text[i - 1]) >= 0 || NumeralChars.ChineseDigit(text[i - 1]) >= 0)) continue;
            char before = i > 0 ? text[i - 1] : ' ';
            // 较2022年同期: a comparison with the same months of an earlier year, so this year is a later one.
            if (text.AsSpan(i + 5).StartsWith("同期")) year++;
            else if (before is '到' or '至' or '较' or '比' || !InSentenceWithThisYear(text, i)) continue;
            if (best is null || year > best) best = year;
        }
        return best;
    }

    private static bool InSentenceWithThisYear(string text, int at)
    {
        int start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, at - 1)) + 1;
        int end = text.IndexOfAny(SentenceEnds, at);
        if (end < 0) end = text.Length;
        return text.AsSpan(start, end - start).Contains("今年", StringComparison.Ordinal);
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '\n'];
}
