namespace EntityPipeline.Text;

/// <summary>The characters that end a count's number before its classifier (12所, 两家, 几个, 数支): digits, full-width too, and Chinese numerals.</summary>
internal static class CountNumerals
{
    private const string Numerals = "0123456789０１２３４５６７８９一二三四五六七八九十两百千万几数";

    public static bool Is(char c) => Numerals.Contains(c);
}
