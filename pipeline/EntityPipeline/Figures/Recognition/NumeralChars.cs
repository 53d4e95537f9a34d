namespace EntityPipeline.Figures.Recognition;

/// <summary>Character classes of numerals: Arabic digits (ASCII and full-width), Chinese digits and multipliers.</summary>
internal static class NumeralChars
{
    /// <summary>The value of an Arabic digit, ASCII or full-width, else -1.</summary>
    public static int ArabicDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    /// <summary>The value of a Chinese digit (零〇一二两三…九, and the financial forms), else -1.</summary>
    public static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' or '○' => 0,   // ○ (a white circle) stands for 〇 in many typeset years: 二○○三年
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The value of a Chinese multiplier below 万 (十 百 千), else 0.</summary>
    public static int SmallMultiplier(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>The value of 万 or 亿, else 0.</summary>
    public static decimal LargeMultiplier(char c) => c switch
    {
        '万' or '萬' => 10_000m,
        '亿' or '億' => 100_000_000m,
        _ => 0m,
    };

    public static bool IsDecimalPoint(char c) => c is '.' or '．';

    private static readonly bool[] Starts = BuildStarts();

    /// <summary>True for a character that can start a numeral: the cheap pre-filter of the recognizers (one table look-up).</summary>
    public static bool CanStart(char c) => Starts[c];

    private static bool[] BuildStarts()
    {
        var table = new bool[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
            table[c] = ArabicDigit((char)c) >= 0 || ChineseDigit((char)c) >= 0 || SmallMultiplier((char)c) > 0 || c == '半';
        return table;
    }
}
