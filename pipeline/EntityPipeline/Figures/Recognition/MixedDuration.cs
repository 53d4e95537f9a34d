namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// A span of time written in several units, each smaller than the one before (４小时４分３９秒, 1年3个月, 2天零5小时):
/// one DURATION whose value is counted in its last, smallest unit (14679 秒, 15 月), not its first part followed by
/// figures of its own. Only units with a fixed ratio chain: 年 and 个月; 周, 天, 小时, 分 (分钟) and 秒. 分 after
/// hours, or before seconds, is minutes here, not points. Digits after the seconds are a race time's fractions (9秒98, 2分10秒463).
/// </summary>
internal static class MixedDuration
{
    private const string Minutes = "分钟";

    /// <summary>
    /// Extends a figure of <paramref name="value"/> whose unit <paramref name="first"/> ends at <paramref name="end"/> over the
    /// smaller parts that follow it; null when none follows.
    /// </summary>
    public static (int End, decimal Value, string Unit)? Extend(string text, UnitLexicon units, int end, int limit, UnitEntry first, decimal value)
    {
        if (Size(first) is not var (family, size)) return null;
        decimal total = value;
        string unit = UnitOf(first);
        int parts = 1;
        while (end < limit)
        {
            int at = end;
            if (text[at] == '零') at++;
            if (at >= limit || !NumeralChars.CanStart(text[at]) || text[at] == '半') break;
            if (!NumeralParser.TryParse(text, at, limit, out var n) || n.IsVague) break;
            int unitAt = at + n.Length;
            if (units.Match(text, unitAt, limit) is not { } next || Size(next) is not var (nextFamily, nextSize)) break;
            if (nextFamily != family || nextSize >= size || size % nextSize != 0) break;
            total = total * (size / nextSize) + n.Value;
            size = nextSize;
            unit = UnitOf(next);
            end = unitAt + next.Surface.Length;
            parts++;
        }
        // 9秒98, 1分06秒31, 5秒9, 2分10秒463: a race time's tenths, hundredths or (motor racing) thousandths, one to three digits
        // after the seconds with no unit of their own.
        if (unit == "秒" && end < limit && char.IsAsciiDigit(text[end]))
        {
            int digits = 1;
            while (digits < 3 && end + digits < limit && char.IsAsciiDigit(text[end + digits])) digits++;
            int after = end + digits;
            // 3分41秒56位列第六: 位 there starts a verb of ranking, no classifier of the digits.
            if (after == limit || !char.IsAsciiDigit(text[after]) && text[after] != '.' && (units.Match(text, after, limit) is null || RankWords.StartsRanking(text, after, limit)))
                return (after, total + decimal.Parse(text.AsSpan(end, digits)) / (digits switch { 1 => 10m, 2 => 100m, _ => 1000m }), unit);
        }
        return parts > 1 ? (end, total, unit) : null;
    }

    /// <summary>True when the lexicon's 分 (points), <paramref name="unit"/> ending at <paramref name="end"/>, is the minutes of a span ending in seconds (4分39秒).</summary>
    public static bool IsMinutesBeforeSeconds(string text, UnitLexicon units, UnitEntry unit, int end, int limit) =>
        unit.Surface == "分" && end < limit && NumeralChars.CanStart(text[end])
        && NumeralParser.TryParse(text, end, limit, out var n) && !n.IsVague
        && units.Match(text, end + n.Length, limit) is { Unit: "秒" };

    /// <summary>The unit's family (0: years and months, 1: weeks to seconds) and its size in the family's smallest unit.</summary>
    private static (int Family, decimal Size)? Size(UnitEntry unit) => unit.Surface switch
    {
        "年" => (0, 12),
        "个月" => (0, 1),
        "周" or "星期" or "个星期" => (1, 604_800),
        "天" => (1, 86_400),
        "小时" or "个小时" or "钟头" or "个钟头" => (1, 3_600),
        "分钟" or "分" => (1, 60),
        "秒" or "秒钟" => (1, 1),
        _ => null,
    };

    private static string UnitOf(UnitEntry unit) => unit.Surface == "分" ? Minutes : unit.Unit;
}
