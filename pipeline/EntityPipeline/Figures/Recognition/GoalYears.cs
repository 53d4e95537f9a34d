namespace EntityPipeline.Figures.Recognition;

/// <summary>到2030年, 至2025年: a year of the calendar a goal is set for, written after 到 or 至 in Arabic digits.</summary>
internal static class GoalYears
{
    /// <summary>The year of 到YYYY年 or 至YYYY年 at <paramref name="i"/> of <paramref name="scope"/> (six characters), or null.</summary>
    public static int? At(ReadOnlySpan<char> scope, int i)
    {
        if (i + 5 >= scope.Length || scope[i] is not ('到' or '至') || scope[i + 5] != '年') return null;
        int year = 0;
        for (int k = i + 1; k <= i + 4; k++)
        {
            int digit = NumeralChars.ArabicDigit(scope[k]);
            if (digit < 0) return null;
            year = year * 10 + digit;
        }
        return ReferenceYear.IsYear(year) ? year : null;
    }
}
