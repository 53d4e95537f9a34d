namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// Reads the longest numeral at a position: Arabic (ASCII or full-width digits, thousands separators,
/// decimals with a point or, in older text, a middle dot between digits (３·３), followed by 万 / 亿 / 万亿 /
/// 千万, and mixed chains such as 3万2千, 6万5000, 2千零40万, 1万5), Chinese (零〇一二两…九 with 十 百 千 万 亿,
/// colloquial 三千五 = 3500, digit strings 二〇二三, decimals 零点五), or 半 (半百 = 50). It knows nothing of units.
/// </summary>
internal static class NumeralParser
{
    /// <summary>Values above this are not read as figures (and decimal arithmetic cannot overflow): 10^24.</summary>
    private const decimal Ceiling = 1_000_000_000_000_000_000_000_000m;
    private const int MaxDigits = 20;

    /// <summary>Parses a whole string as one numeral (tests and callers with a bare numeral); null when it is not one.</summary>
    public static decimal? Parse(string text)
    {
        if (text.Length == 0 || !TryParse(text, 0, text.Length, out var n) || n.Length != text.Length || n.IsVague)
            return null;
        return n.Value;
    }

    /// <summary>Reads the numeral starting at <paramref name="start"/>, not reading at or past <paramref name="limit"/>.</summary>
    public static bool TryParse(string text, int start, int limit, out ParsedNumeral numeral, bool allowDecimal = true)
    {
        numeral = default;
        if (start >= limit) return false;
        char c = text[start];
        if (NumeralChars.ArabicDigit(c) >= 0) return TryArabic(text, start, limit, allowDecimal, out numeral);
        if (c == '半')
        {
            // 半百 = 50, 半万 = 5000; a lone 半 is one half.
            decimal multiplier = start + 1 < limit ? Math.Max(NumeralChars.SmallMultiplier(text[start + 1]), NumeralChars.LargeMultiplier(text[start + 1])) : 0;
            numeral = multiplier > 0 ? new ParsedNumeral(0.5m * multiplier, 2, true, false, false, 0) : new ParsedNumeral(0.5m, 1, true, false, false, 0);
            return true;
        }
        return TryChinese(text, start, limit, allowDecimal, out numeral);
    }

    private static bool TryArabic(string text, int start, int limit, bool allowDecimal, out ParsedNumeral numeral)
    {
        decimal value = 0;
        int i = start, digits = 0;
        bool grouped = false;
        while (i < limit)
        {
            int d = NumeralChars.ArabicDigit(text[i]);
            if (d >= 0)
            {
                if (++digits > MaxDigits) return Refuse(text, start, limit, out numeral);   // a serial number, not a figure
                value = value * 10 + d;
                i++;
                continue;
            }
            // An ASCII comma is a thousands separator only after one to three leading digits and before exactly three.
            if (text[i] == ',' && (grouped || digits <= 3) && IsThousandsGroup(text, i + 1, limit)) { grouped = true; i++; continue; }
            break;
        }
        int integerDigits = digits;
        if (allowDecimal && i + 1 < limit && (NumeralChars.IsDecimalPoint(text[i]) || IsMiddleDotPoint(text, start, i)) && NumeralChars.ArabicDigit(text[i + 1]) >= 0)
        {
            i++;
            decimal scale = 0.1m;
            while (i < limit && NumeralChars.ArabicDigit(text[i]) is var d and >= 0)
            {
                if (scale >= 1e-20m) value += d * scale;
                scale /= 10;
                i++;
            }
        }
        int end = ApplyMultipliers(text, i, limit, ref value, out bool tooLarge);
        if (end > i && !tooLarge && MixedChain(text, start, i, limit, out var mixed, out int mixedEnd))
            (value, end) = (mixed, mixedEnd);
        numeral = new ParsedNumeral(value, end - start, false, false, tooLarge, integerDigits);
        return true;
    }

    /// <summary>A middle dot between full-width or ASCII digits is a decimal point in older text (３·３％, ４５６·７８亿).</summary>
    private static bool IsMiddleDotPoint(string text, int start, int i) => text[i] is '·' or '・' or '•' && i > start;

    /// <summary>
    /// Arabic digits and multipliers mixed in one chain, read as a Chinese numeral whose digits may be Arabic
    /// runs: 3万2千 = 32000, 6万5000 = 65000, 2千零40万 = 20400000, 1万5 = 15000 (colloquial, as 一万五). Only a
    /// chain that goes on after its first multiplier counts; <paramref name="afterDigits"/> is where the first
    /// Arabic number (with its decimals) ends. False when the chain is no longer than its first multiplier.
    /// </summary>
    private static bool MixedChain(string text, int start, int afterDigits, int limit, out decimal value, out int end)
    {
        value = 0;
        end = afterDigits;
        decimal total = 0, section = 0, lastMultiplier = 0;
        decimal? pending = ArabicRun(text, start, afterDigits);
        bool lastDigitDirectlyAfterMultiplier = false;
        int i = afterDigits, multipliers = 0, parts = 1;
        while (i < limit)
        {
            char c = text[i];
            int small = NumeralChars.SmallMultiplier(c);
            decimal large = NumeralChars.LargeMultiplier(c);
            if (small > 0 && pending is { } p && (lastMultiplier == 0 || small < lastMultiplier) && !StartsUnit(text, i, limit))
            {
                section += p * small;
                pending = null;
                lastMultiplier = small;
            }
            else if (large > 0 && (pending is not null || section > 0))
            {
                decimal inner = section + (pending ?? 0);
                if (total + inner > Ceiling / large) return false; // before multiplying: 84458亿3亿1亿 would overflow decimal
                if (large == 100_000_000m) { total = (total + inner) * large; section = 0; }
                else { section = inner * large; }
                if (total + section > Ceiling) return false;
                pending = null;
                lastMultiplier = large;
            }
            else if (c is '零' or '〇' && lastMultiplier > 0 && pending is null && i + 1 < limit && NumeralChars.ArabicDigit(text[i + 1]) >= 0)
            {
                i++;
                continue;
            }
            else if (NumeralChars.ArabicDigit(c) >= 0 && lastMultiplier > 0 && pending is null)
            {
                int runEnd = i;
                while (runEnd < limit && NumeralChars.ArabicDigit(text[runEnd]) >= 0) runEnd++;
                if (runEnd - i > 4) break;
                lastDigitDirectlyAfterMultiplier = runEnd - i == 1 && text[i - 1] is not ('零' or '〇');
                pending = ArabicRun(text, i, runEnd);
                parts++;
                i = runEnd;
                continue;
            }
            else break;
            multipliers++;
            i++;
        }
        if (parts < 2 || pending is { } last && last >= lastMultiplier && lastMultiplier > 0) return false;
        // 1万5 is 一万五: a lone digit right after a multiplier is one place below it.
        decimal tail = pending is { } digit ? (lastDigitDirectlyAfterMultiplier && lastMultiplier >= 10 ? digit * lastMultiplier / 10 : digit) : 0;
        value = total + section + tail;
        end = i;
        return multipliers > 0;
    }

    private static decimal ArabicRun(string text, int start, int end)
    {
        decimal value = 0, scale = 0;
        for (int k = start; k < end; k++)
        {
            int d = NumeralChars.ArabicDigit(text[k]);
            if (text[k] == ',') continue;
            if (d < 0) { scale = 0.1m; continue; }
            if (scale == 0) value = value * 10 + d;
            else { value += d * scale; scale /= 10; }
        }
        return value;
    }

    /// <summary>千米, 百克, 千瓦, 千安: a multiplier that starts a unit is no multiplier.</summary>
    private static bool StartsUnit(string text, int i, int limit) =>
        i + 1 < limit && text[i + 1] is '米' or '克' or '瓦' or '卡' or '字' or '伏' or '帕' or '焦' or '安';

    private static bool IsThousandsGroup(string text, int at, int limit)
    {
        if (at + 3 > limit) return false;
        for (int k = 0; k < 3; k++)
            if (text[at + k] is < '0' or > '9') return false;
        return at + 3 == limit || text[at + 3] is < '0' or > '9';
    }

    /// <summary>A run of digits too long to be a figure: consumed whole and marked vague, so that no part of it is read.</summary>
    private static bool Refuse(string text, int start, int limit, out ParsedNumeral numeral)
    {
        int i = start;
        while (i < limit && NumeralChars.ArabicDigit(text[i]) >= 0) i++;
        numeral = new ParsedNumeral(0, i - start, false, false, true, i - start);
        return true;
    }

    /// <summary>万, 亿, 万亿, 千万, 百万 after a number; 千 alone too, unless it starts a unit (千米, 千克, 千瓦).</summary>
    private static int ApplyMultipliers(string text, int i, int limit, ref decimal value, out bool tooLarge)
    {
        tooLarge = false;
        if (i < limit && NumeralChars.SmallMultiplier(text[i]) is var small and (100 or 1000))
        {
            bool beforeLarge = i + 1 < limit && NumeralChars.LargeMultiplier(text[i + 1]) > 0;
            if (beforeLarge || (small == 1000 && !StartsUnit(text, i, limit)))
            {
                value *= small;
                i++;
            }
        }
        while (i < limit && NumeralChars.LargeMultiplier(text[i]) is var large and > 0)
        {
            if (value > Ceiling / large) tooLarge = true;
            else value *= large;
            i++;
        }
        return i;
    }

    private static bool TryChinese(string text, int start, int limit, bool allowDecimal, out ParsedNumeral numeral)
    {
        numeral = default;
        decimal total = 0, section = 0, lastMultiplier = 0;
        int pending = -1, sequenceDigits = 0, i = start;
        decimal sequence = 0;
        bool anyMultiplier = false, vague = false, sawZero = false;

        for (; i < limit; i++)
        {
            char c = text[i];
            int d = NumeralChars.ChineseDigit(c);
            if (d >= 0)
            {
                if (anyMultiplier)
                {
                    if (d == 0) { sawZero = true; continue; }
                    if (pending >= 0) { vague = true; break; }   // 三千五六: no definite value
                    pending = d;
                }
                else
                {
                    if (++sequenceDigits > MaxDigits) { vague = true; break; }
                    sequence = sequence * 10 + d;
                    pending = d;
                }
                continue;
            }
            int small = NumeralChars.SmallMultiplier(c);
            if (small > 0)
            {
                if (!anyMultiplier && sequenceDigits > 1) break;
                // 四十五亿千瓦时, 十千伏: a 千 with no digit of its own after a multiplier starts the unit.
                if (small == 1000 && pending < 0 && anyMultiplier && StartsUnit(text, i, limit)) break;
                section += (pending < 0 ? 1 : pending) * small;
                pending = -1;
                lastMultiplier = small;
                anyMultiplier = true;
                sawZero = false;
                continue;
            }
            decimal large = NumeralChars.LargeMultiplier(c);
            if (large > 0)
            {
                if (!anyMultiplier && sequenceDigits > 1) break;
                if (pending < 0 && section == 0 && total == 0) break;   // 万 with nothing before it
                if (total + section + Math.Max(pending, 0) > Ceiling / large) { vague = true; break; }
                if (large == 100_000_000m)
                {
                    total = (total + section + Math.Max(pending, 0)) * large;
                    section = 0;
                }
                else
                {
                    section = (section + Math.Max(pending, 0)) * large;
                }
                pending = -1;
                lastMultiplier = large;
                anyMultiplier = true;
                sawZero = false;
                continue;
            }
            break;
        }

        int length = i - start;
        if (length == 0) return false;

        decimal value;
        int integerDigits = 0;
        if (!anyMultiplier)
        {
            value = sequence;
            integerDigits = sequenceDigits;
            // 三五, 七八: two digits side by side are an estimate ("three or five"), unless a zero shows a digit string.
            if (sequenceDigits == 2 && !text.AsSpan(start, 2).ContainsAny('零', '〇')) vague = true;
        }
        else
        {
            decimal last = pending < 0 ? 0 : FollowsMultiplier(text, start, i, sawZero) ? pending * lastMultiplier / 10 : pending;
            value = total + section + last;
        }

        // 零点五, 三点五万: a Chinese decimal point followed by digits.
        if (allowDecimal && !vague && i + 1 < limit && text[i] == '点' && NumeralChars.ChineseDigit(text[i + 1]) >= 0 && (anyMultiplier || sequenceDigits == 1))
        {
            int j = i + 1;
            decimal scale = 0.1m;
            while (j < limit && NumeralChars.ChineseDigit(text[j]) is var fd and >= 0)
            {
                value += fd * scale;
                scale /= 10;
                j++;
            }
            i = ApplyMultipliers(text, j, limit, ref value, out bool tooLarge);
            vague |= tooLarge;
            length = i - start;
        }

        // 十几, 几十 (the caller checks what precedes): no definite value.
        if (i < limit && text[i] == '几') vague = true;

        // A lone financial form is a word of its own: 陆地, 入伍, 拾起, 肆意.
        if (length == 1 && IsFinancialForm(text[start])) return false;
        bool loneOne = length == 1 && text[start] is '一' or '壹';
        numeral = new ParsedNumeral(value, length, true, loneOne, vague, integerDigits);
        return true;
    }

    private static bool IsFinancialForm(char c) => "壹贰叁肆伍陆柒捌玖拾佰仟".Contains(c);

    /// <summary>True when the last digit follows a multiplier directly (三千五 = 3500, 十一 = 11), not after 零 (一千零五 = 1005).</summary>
    private static bool FollowsMultiplier(string text, int start, int end, bool sawZero)
    {
        if (sawZero || end - start < 2) return false;
        return NumeralChars.SmallMultiplier(text[end - 2]) > 0 || NumeralChars.LargeMultiplier(text[end - 2]) > 0;
    }
}
