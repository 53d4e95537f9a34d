namespace EntityPipeline.Figures;

/// <summary>
/// Infers the year a news article was written in, which 今年 refers to, from the article itself: the
/// latest calendar year it states (YYYY年, YYYY年度) that is not a goal (到2035年, 至2030年) nor a
/// baseline (较2011年, 比2019年). A report names the current year or past years, so the latest of those is
/// the best reading when no dateline gives one; a comparison "YYYY年同期" also implies at least YYYY+1.
/// </summary>
internal static class ReferenceYear
{
    public const int Earliest = 1000;
    public const int Latest = 2100;

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
            else if (before is '到' or '至' or '较' or '比') continue;
            if (best is null || year > best) best = year;
        }
        return best;
    }
}
