using EntityPipeline.Documents;
using EntityPipeline.Text;
using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Recognition;

/// <summary>
/// A number with its unit or classifier, read on characters: 逾22.1万亿元, 近六成 (60 %), 百分之三十, 一个半小时,
/// 3000余家, 200多公里, 近1.5倍, 3至5年 (a range), 每秒1000万亿次 (a rate), 第二条 and 首个 (ordinals), 三大 (a
/// count with no classifier). Leaves out what the guidelines say is not a figure: numbers without a unit,
/// numbers inside names (11号线, 5G, quoted labels “4小时产业圈”), fixed formulas (三省一市), the indefinite
/// 一 before a classifier (一家企业), idioms (一日之功) and vague amounts (几十家, 三五年).
/// </summary>
internal sealed class QuantityRecognizer(UnitLexicon units)
{
    private const string ApproxPrefixes = "约近";

    // Words that end in 约 (可预约7000人, 节约3吨, 签约12家): no approximation; and 大约, a word the qualifier detector reads
    // (GUIDELINES F2 keeps longer words outside the span).
    private const string EndsInYue = "预节签履违合公邀相特制大";
    private const string OverPrefixes = "逾超";
    private const string TimeUnitsForRates = "秒分时天日年月周";
    private const int MaxLabel = 16;
    private const int FractionDigits = 6;

    public ScanResult Scan(string text, int i, int floor, int limit)
    {
        char c = text[i];
        if (c == '第') return ScanOrdinal(text, i, floor, limit);
        if ((c == '半' && (Follows(text, i, limit, "半数") || Follows(text, i, limit, "半价")) || c == '一' && Follows(text, i, limit, "一半")) && !(i + 2 < limit && text[i + 2] is '字' or '据' or '码' or '径'))
        {
            // 半数, 一半 (half of them), 半价 (half the price): 半 counts (GUIDELINES F1, F9), as a share.
            var (start, qualifier) = Prefix(text, i, floor);
            return ScanResult.Found(new FigureCandidate(start, i + 2, FigureKind.PERCENT, "50", "", "%", qualifier));
        }
        if (c == '首') return ScanFirst(text, i, floor, limit);
        if (c == '百' && Follows(text, i, limit, "百分之")) return ScanPercentWords(text, i, floor, limit);
        if (c == '万') return StartsPerTenThousand(text, i, limit) ? ScanPerTenThousand(text, i, floor, limit) : ScanBarePower(text, i, floor, limit);
        if (c == '亿') return ScanBarePower(text, i, floor, limit);
        if (!NumeralChars.CanStart(c)) return ScanResult.None(i);
        return ScanNumber(text, i, floor, limit);
    }

    private ScanResult ScanOrdinal(string text, int i, int floor, int limit)
    {
        if (!NumeralParser.TryParse(text, i + 1, limit, out var n, allowDecimal: false) || n.IsVague || n.Value < 1)
            return ScanResult.None(i);
        if (IsCode(text, i + 1, n)) return ScanResult.Skip(SkipLabel(text, i + 1 + n.Length, limit));
        int end = i + 1 + n.Length;
        var unit = units.Match(text, end, limit);
        // 第四季度: a quarter, which the dates read (一季度, 前三季度).
        if (Follows(text, end, limit, "季度")) return ScanResult.None(i);
        // 连续第七年, 上映第3天, 连续第三个月, 第48周: the N-th year, day, month or week counts too (a classifier of time).
        if (unit is not null && unit.Kind != FigureKind.COUNT && unit.Surface is not ("年" or "天" or "个月" or "周")) unit = null;
        // 第一档, 第二档: a tier's name (最低工资标准分为三档，第一档…), not a rank.
        if (unit?.Surface == "档") return ScanResult.Skip(end + 1);
        // 今年第11号台风: the N-th numbered one (号 after a number alone is a day of the month).
        if (unit is null && end < limit && text[end] == '号') return ScanResult.Found(new FigureCandidate(i, end + 1, FigureKind.ORDINAL, Format(n.Value), "", "号", Qualifier.Exact));
        // 第二组长, 第一人民医院: a classifier that opens a title (组长) or a name (人民) makes the ordinal part of it.
        if (unit is not null && end + unit.Surface.Length < limit && text[end + unit.Surface.Length] is '长' || unit?.Surface == "人" && Follows(text, end + 1, limit, "民"))
            return ScanResult.Skip(end + unit!.Surface.Length + 1);
        if (unit is not null) end += unit.Surface.Length;
        // 第二大资金来源, 世界第二十二大银行: the N-th largest (not 第二大学, a name).
        else if (end < limit && text[end] == '大' && !(end + 1 < limit && text[end + 1] == '学')) end++;
        // 第一书记, 第二小学: an ordinal glued to a word that is no classifier is part of it,
        // unless it is a rank: 排名第三的银行, 从第三升至第二.
        else if (end < limit && HanCharacters.IsHan(text[end]) && text[end] != '的' && !RankWords.FollowsRankWord(text, i, floor) && !RankWords.IsLeftRank(text, i, end, floor, limit))
            return ScanResult.Skip(end);
        return ScanResult.Found(new FigureCandidate(i, end, FigureKind.ORDINAL, Format(n.Value), "", unit?.Unit ?? "", Qualifier.Exact, unit));
    }

    /// <summary>首 read as "first" before a classifier (首个, 首家, 首批, 首次: GUIDELINES F1, A28) or a day, month or week (首日), but not in words (元首, 榜首).</summary>
    private ScanResult ScanFirst(string text, int i, int floor, int limit)
    {
        // 首位 is the first place wherever it stands (居首位, 榜首位, 成为首位); 居首, 榜首, 为首 and 元首 alone are words.
        if (i > floor && "元榜为居回昂祸自匕俯聚".Contains(text[i - 1]) && !(i + 1 < limit && text[i + 1] == '位')) return ScanResult.None(i);
        // 首席统计师: chief.
        if (i + 2 < limit && text[i + 1] == '席' && HanCharacters.IsHan(text[i + 2])) return ScanResult.None(i);
        // 假期首日, 上线首月, 首周, 首年: the first day, month, week or year of a stretch (not 首日封, a stamp, nor 首月刊).
        if (i + 1 < limit && text[i + 1] is '日' or '月' or '周' or '年' && !(i + 2 < limit && "封元报刊记光末".Contains(text[i + 2])))
            return ScanResult.Found(new FigureCandidate(i, i + 2, FigureKind.ORDINAL, "1", "", text[i + 1].ToString(), Qualifier.Exact));
        var unit = units.Match(text, i + 1, limit);
        if (unit is null || unit.Kind != FigureKind.COUNT || unit.Unit is "人次" || unit.IsPlaceClassifier || unit.OnlyAfterDigits) return ScanResult.None(i);
        if (IsHomeTier(text, i + 1 + unit.Surface.Length, unit, limit) || unit.Surface == "次" && DescribesNoun(text, i + 2, limit))
            return ScanResult.Skip(i + 1 + unit.Surface.Length);
        return ScanResult.Found(new FigureCandidate(i, i + 1 + unit.Surface.Length, FigureKind.ORDINAL, "1", "", unit.Unit, Qualifier.Exact, unit));
    }

    /// <summary>
    /// 首次献血者, 首次购房者: a verb of two or three characters and 者 after 首次 make it name people (first-time donors), not
    /// count an occasion (首次突破, 首次降息; 首次设立的基金 is one, as the golds read such a phrase).
    /// </summary>
    private static bool DescribesNoun(string text, int at, int limit)
    {
        for (int len = 2; len <= 3 && at + len < limit && HanCharacters.IsHan(text[at + len - 1]); len++)
            if (text[at + len] == '者' && !IsFunctionChar(text[at + len - 1])) return true;
        return false;
    }

    private static ScanResult ScanPercentWords(string text, int i, int floor, int limit)
    {
        if (!NumeralParser.TryParse(text, i + 3, limit, out var n) || n.IsVague) return ScanResult.Skip(i + 3);
        var (start, qualifier) = Prefix(text, i, floor);
        return ScanResult.Found(new FigureCandidate(start, i + 3 + n.Length, FigureKind.PERCENT, Format(n.Value), "", "%", qualifier));
    }

    /// <summary>万分之三: a fraction, a percentage (as 三分之一 is).</summary>
    private ScanResult ScanPerTenThousand(string text, int i, int floor, int limit)
    {
        if (!NumeralParser.TryParse(text, i + 3, limit, out var n) || n.IsVague) return ScanResult.Skip(i + 3);
        var (start, qualifier) = Prefix(text, i, floor);
        return Found(start, i + 3 + n.Length, FigureKind.PERCENT, Math.Round(n.Value / 100m, FractionDigits), null, "%", qualifier, null, rate: null);
    }

    /// <summary>
    /// 近万元, 超万元, 超亿元: 万 or 亿 alone before a currency is ten thousand or a hundred million of it (GUIDELINES F1: a
    /// numeral and what it measures); not in 万元户 (a household of that income) nor after a numeral (read with it).
    /// </summary>
    private ScanResult ScanBarePower(string text, int i, int floor, int limit)
    {
        // 几万元, 数万元, 上万元, 亿万: no definite value.
        if (i > floor && (NumeralChars.CanStart(text[i - 1]) || text[i - 1] is '几' or '数' or '上' or '成' or '亿' or '好')) return ScanResult.None(i);
        if (units.Match(text, i + 1, limit) is not { Kind: FigureKind.MONEY } unit) return ScanResult.None(i);
        int end = i + 1 + unit.Surface.Length;
        if (Follows(text, end, limit, "户")) return ScanResult.Skip(end + 1);
        var (start, qualifier) = Prefix(text, i, floor);
        return Found(start, end, FigureKind.MONEY, NumeralChars.LargeMultiplier(text[i]), null, unit.Unit, qualifier, unit, rate: null);
    }

    /// <summary>True when 万 at <paramref name="i"/> opens 万分之 (a trigger of the scan, as numerals are).</summary>
    public static bool StartsPerTenThousand(string text, int i, int limit) => text[i] == '万' && Follows(text, i, limit, "万分之");

    private ScanResult ScanNumber(string text, int i, int floor, int limit)
    {
        if (AdjacentRange(text, i, floor, limit) is { } range) return range;
        if (!NumeralParser.TryParse(text, i, limit, out var n)) return ScanResult.None(i);
        int j = i + n.Length;
        // 八五折, 七五折: two digits side by side before 折 are no estimate but a price cut in hundredths (85 %).
        if (n.IsVague && n.IntegerDigits == 2 && j < limit && text[j] == '折')
            return Found(i, j + 1, FigureKind.PERCENT, n.Value, null, "%", Qualifier.Exact, null, rate: null);
        // 两三天, 五六头: two Chinese digits one apart name a range (as 三四百元 does, AdjacentRange), not an estimate as 三五年 is.
        decimal? pairMax = null;
        if (n.IsVague && n.Length == 2 && OneApartLow(text, i) is > 0 and var low)
            (n, pairMax) = (n with { Value = low, IsVague = false }, low + 1);
        if (n.IsVague) return ScanResult.Skip(SkipNumeral(text, j, limit));

        // 上半年, 下半年 are parts of a year (a date with a year before them), 半年度 a reporting period: no duration; but 提前,
        // 之后, 以前 … make 前 and 后 a verb's or a preposition's (提前半小时, 之后半年).
        if (text[i] == '半' && ((i > floor && text[i - 1] is '上' or '下' or '前' or '后' && !(i - 1 > floor && text[i - 2] is '提' or '延' or '推' or '之' or '以'))
            || Follows(text, i, limit, "半年度")))
            return ScanResult.Skip(j + 1);
        // A bare 零 is a word (零部件, 零售, 零距离), not a count of nothing.
        if (n.Length == 1 && text[i] is '零' or '〇') return ScanResult.Skip(j);
        // 08092期, 007: a leading zero makes a code, not a quantity.
        if (IsCode(text, i, n)) return ScanResult.Skip(SkipLabel(text, j, limit));

        char before = i > floor ? text[i - 1] : '\0';
        // 几十家, 数百人: an order of magnitude, not a value.
        if (before is '几' or '数' && NumeralChars.SmallMultiplier(text[i]) + NumeralChars.LargeMultiplier(text[i]) > 0)
            return ScanResult.Skip(j);
        int negativeStart = NegativeSign(text, i, floor);
        // A5, G60, iPhone15, 《指数2022》, A-5, a URL's %20, the 210 of train ２０９／２１０次: a number that is part of a code, a title or an address.
        if (negativeStart < 0 && (char.IsAsciiLetter(before) && !CountAfterAcronym(text, i, j, floor, limit) || before is '《' or '〈' or '-' or '_' or '#' or '/' or '／' or '%' or '=' or '&' or '?'))
            return ScanResult.Skip(SkipLabel(text, j, limit));
        // A quotation that opens with a numeral is a label or slogan, all of it: “4小时产业圈”, “三大纪律八项注意”.
        if (before is '“' or '‘' or '"' or '「' or '『')
            return ScanResult.Skip(ClosingQuote(text, j, limit));

        // 生师比为16.8:1: a proportion's terms may have decimals, where a score's never do.
        if (!n.IsChinese && IsDecimalProportionTerm(text, i, j, limit))
            return ScanResult.Found(new FigureCandidate(i, j, FigureKind.RATIO, Format(n.Value), "", "", Qualifier.Exact));
        // 3比1, ３∶０: a score gives one COUNT per side (GUIDELINES F9).
        if (ScoreSide(text, i, j, floor, limit, n))
        {
            // 比例为７∶３: the sides of a proportion are a ratio's terms, not a score (the scores rule applied to it).
            if (IsProportion(text, i))
                return ScanResult.Found(new FigureCandidate(i, j, FigureKind.RATIO, Format(n.Value), "", "", Qualifier.Exact));
            return ScanResult.Found(new FigureCandidate(i, j, FigureKind.COUNT, Format(n.Value), "", "", Qualifier.Exact, Metric: "比分"));
        }

        var (start, qualifier) = Prefix(text, i, floor);
        decimal value = n.Value;
        if (negativeStart >= 0)
        {
            start = negativeStart;
            value = -value;
        }
        var symbol = CurrencySymbol(before);
        if (symbol is not null && negativeStart < 0) start = i - 1;

        // 三分之一, 千分之五: a fraction is a share, a percentage as 成 is (GUIDELINES F6; RATIO is for multiples in 倍); per
        // thousand keeps its ‰ as 5‰ does.
        if (Follows(text, j, limit, "分之") && value > 0 && NumeralParser.TryParse(text, j + 2, limit, out var numerator) && !numerator.IsVague)
        {
            var (share, per) = value == 1000 ? (numerator.Value, "‰") : (Math.Round(numerator.Value * 100 / value, FractionDigits - 2), "%");
            return Found(start, j + 2 + numerator.Length, FigureKind.PERCENT, share, null, per, qualifier, null, rate: null);
        }

        // ３００来个, 二十来岁: 来 after a round number and before a unit is about that many.
        if (j + 1 < limit && text[j] == '来' && value >= 10 && value % 10 == 0 && qualifier == Qualifier.Exact && units.Match(text, j + 1, limit) is { Kind: FigureKind.COUNT or FigureKind.DURATION } about)
            return Found(start, j + 1 + about.Surface.Length, about.Kind, value, null, about.Unit, Qualifier.Approx, about, rate: null);

        // Interior 余 / 多: 3000余家, 200多公里, 300多万.
        if (j < limit && text[j] is '余' or '多' && j + 1 < limit && (units.Match(text, j + 1, limit) is not null || NumeralChars.LargeMultiplier(text[j + 1]) > 0))
        {
            qualifier = qualifier == Qualifier.Exact ? Qualifier.Over : qualifier;
            j++;
            while (j < limit && NumeralChars.LargeMultiplier(text[j]) is var large and > 0)
            {
                if (value > decimal.MaxValue / large / 10) return ScanResult.Skip(j + 1);
                value *= large;
                j++;
            }
        }

        if (j >= limit) return ScanResult.Skip(j);
        char next = text[j];

        // 11号线, 2号泊位: an ordinal inside a name.
        if (next == '号') return ScanResult.Skip(SkipLabel(text, j + 1, limit));
        // 北纬31.25度, 东经101.36度: a latitude or longitude in degrees (度 alone is no unit: 度电, a temperature's 摄氏度).
        if (next == '度' && start - 2 >= floor && text.AsSpan(start - 2, 2) is "北纬" or "南纬" or "东经" or "西经")
            return Found(start, j + 1, FigureKind.QUANTITY, value, null, "度", qualifier, null, rate: null);
        // 上证指数报3386.52点, 收涨312点: an index's points, after a verb of quoting or moving (8点 alone is a time of day).
        if (next == '点' && !n.IsChinese && IndexVerbBefore(text, start, floor) && !(j + 1 < limit && (char.IsAsciiDigit(text[j + 1]) || text[j + 1] is '钟' or '半')))
            return Found(start, j + 1, FigureKind.QUANTITY, value, null, "点", qualifier, null, rate: null);
        // 六成, 近六成 = 60 %, 九成多 over 90 %; not 成立, 成功; 成为 only after 一 (一成为会员), as a number does not become
        // anything (近六成为女性 is 六成 为).
        if (next == '成' && value is > 0 and <= 10 && !(j + 1 < limit && ("立功本果熟员交长型效都绩就片群果套".Contains(text[j + 1]) || text[j + 1] == '为' && value == 1)))
        {
            bool more = j + 1 < limit && text[j + 1] is '多' or '余' && qualifier == Qualifier.Exact;
            return Found(start, more ? j + 2 : j + 1, FigureKind.PERCENT, value * 10, pairMax * 10, "%", more ? Qualifier.Over : qualifier, null, rate: null);
        }
        // 九折, 7.5折: a price cut to that many tenths, a share (not 三折叠, 折合, 折算).
        if (next == '折' && value is > 0 and < 10 && !(j + 1 < limit && "合算叠扣旧射返腾服中磨损".Contains(text[j + 1])))
            return Found(start, j + 1, FigureKind.PERCENT, value * 10, null, "%", qualifier, null, rate: null);
        // 三大战略性新兴产业, 两大特色产业: a count with no classifier (not 十九大, a congress).
        if (next == '大' && n.IsChinese && value is >= 2 and <= 10 && j + 1 < limit && HanCharacters.IsHan(text[j + 1]) && !"学会家概多量型小众".Contains(text[j + 1]))
            return Found(start, j + 1, FigureKind.COUNT, value, null, "", qualifier, null, rate: null);

        // 六个多月, 两个多小时: more than N months or hours
        if (next == '个' && j + 2 < limit && text[j + 1] is '多' or '余')
        {
            var after = units.Match(text, j + 2, limit);
            if (after is { Kind: FigureKind.DURATION })
                return Found(start, j + 2 + after.Surface.Length, FigureKind.DURATION, value, null, after.Unit, Qualifier.Over, after, rate: null);
            if (text[j + 2] == '月')
                return Found(start, j + 3, FigureKind.DURATION, value, null, "月", Qualifier.Over, null, rate: null);
        }

        // 一个半小时, 两个半月
        if (next == '个' && j + 1 < limit && text[j + 1] == '半')
        {
            var after = units.Match(text, j + 2, limit);
            if (after is { Kind: FigureKind.DURATION })
                return Found(start, j + 2 + after.Surface.Length, FigureKind.DURATION, value + 0.5m, null, after.Unit, qualifier, after, RateBefore(text, i, floor));
            if (j + 2 < limit && text[j + 2] == '月')
                return Found(start, j + 3, FigureKind.DURATION, value + 0.5m, null, "月", qualifier, null, RateBefore(text, i, floor));
        }

        var unit = units.Match(text, j, limit);
        // 千把人, 百把块钱: 把 after a bare power of ten is "about" (个把月 stays no figure: 个 is no numeral).
        if (unit is { Surface: "把" } && n.Length == 1 && NumeralChars.SmallMultiplier(text[i]) + NumeralChars.LargeMultiplier(text[i]) > 0)
            return units.Match(text, j + 1, limit) is { } counted
                ? Found(start, j + 1 + counted.Surface.Length, counted.Kind, value, null, counted.Unit, Qualifier.Approx, counted, rate: null)
                : ScanResult.Skip(j + 1);
        // 全局共247手 (moves of a go game, lots of shares), 300万尾: some units follow digits only, never in 二手, 九尾狐.
        if (unit is { OnlyAfterDigits: true } && n.IsChinese) return ScanResult.Skip(j);
        int k = j + (unit?.Surface.Length ?? 0);
        // 每50公斤119元: the amount per is no figure of its own; the price after it is the rate (RateBefore).
        if (unit is not null && before == '每' && k < limit && NumeralChars.ArabicDigit(text[k]) >= 0) return ScanResult.Skip(k);
        unit ??= symbol;
        decimal? max = pairMax;
        // Ranges: 3至5年, 3-5年, 20%-30%, 三到五年, and bounds on both sides, 50元以上200元以下.
        bool bounds = Follows(text, k, limit, "以上");
        int secondAt = bounds ? k + 2 : k + 1;
        if (max is null && k < limit && (bounds || text[k] is '至' or '到' or '-' or '~' or '～' or '—' or '－')
            && secondAt < limit && NumeralChars.CanStart(text[secondAt]) && text[secondAt] != '半'
            && NumeralParser.TryParse(text, secondAt, limit, out var second) && !second.IsVague && second.Value > value)
        {
            int m = secondAt + second.Length;
            var unit2 = units.Match(text, m, limit);
            // 2020至2025年 is years; 约4500年至4800年, whose first number the dates left a span of years, is a range of spans.
            bool yearAfter = unit2 is { Unit: "年" } && second.IntegerDigits == 4 && unit is null;
            int rangeEnd = m + (unit2?.Surface.Length ?? 0);
            if (unit2 is not null && !yearAfter && (unit is null || unit.Unit == unit2.Unit) && (!bounds || Follows(text, rangeEnd, limit, "以下")))
            {
                unit = unit2;
                max = second.Value;
                k = bounds ? rangeEnd + 2 : rangeEnd;
            }
        }
        // 在线人数达到210万，: a count in 万 or 亿 that ends its clause needs no classifier, nor one before 的 or a bound (粉丝超过50万的
        // 博主, 粉丝20万以上的账号).
        if (unit is null && max is null && text[j - 1] is '万' or '亿'
            && (k >= limit || ClauseBounds.IsBreak(text[k]) || text[k] is '、' or '的' || WordAt(text, k, limit, LevelBounds) is not null))
            return Found(start, k, FigureKind.COUNT, value, null, "", qualifier, null, rate: null);
        // 位列前三, 跻身前十, 男单前十中: a count of places at the top of a ranking (the gold's 前十, COUNT 10).
        if (unit is null && max is null && before == '前' && value <= 100 && (k >= limit || ClauseBounds.IsBreak(text[k]) || text[k] is '、' or '中' or '之' or '的'))
            return Found(start - 1, k, FigureKind.COUNT, value, null, "", qualifier, null, rate: null);
        // 美元指数一度跌至100.2, 千人口献血率为12.1, PUE降至1.25以下: a decimal with no unit after a verb of level that ends its
        // clause measures what the clause names; not a version (升级到2.0).
        if (unit is null && max is null && !n.IsChinese && n.IntegerDigits < n.Length && text[j - 1] != '0' && LevelVerbBefore(text, start, floor) && EndsLevel(text, k, limit))
            return Found(start, k, FigureKind.QUANTITY, value, null, "", qualifier, null, rate: null);
        if (unit is null)
        {
            // 5G, 3D: a number glued to a Latin word that is no unit is a name.
            return ScanResult.Skip(char.IsAsciiLetter(next) ? SkipLabel(text, j, limit) : j);
        }

        // ３０１国道, 205省道: a road's number is part of its name.
        if (unit.IsPlaceClassifier && k < limit && text[k] == '道') return ScanResult.Skip(k + 1);

        // 周三批准, 星期五场: a weekday, unless a frequency follows (每周三次).
        if (n.IsChinese && n.Length == 1 && IsWeekdayPrefix(text, i, floor) && unit.Unit is not ("次" or "天" or "小时"))
            return ScanResult.Skip(j);

        // ４小时４分３９秒, 1年3个月: one span of time, counted in its smallest unit.
        if (max is null && (unit.Kind == FigureKind.DURATION || MixedDuration.IsMinutesBeforeSeconds(text, units, unit, k, limit))
            && MixedDuration.Extend(text, units, k, limit, unit, value) is { } mixed)
            return Found(start, mixed.End, FigureKind.DURATION, mixed.Value, null, mixed.Unit, qualifier, unit.Kind == FigureKind.DURATION ? unit : null, rate: null);

        // The indefinite 一 (一家企业, 一批, 一张图) and idioms (一日之功) are not counts; a record (一胜一负) is.
        if (n.IsLoneOne && max is null && (unit.Kind == FigureKind.COUNT || (k < limit && text[k] == '之' && !BoundsTime(text, k, limit))) && !IsRecord(unit))
            return ScanResult.Skip(k);
        // 这一天, 前一周, 同一年: one span pointed at is a time, not a span measured.
        if (n.IsLoneOne && max is null && unit.Kind == FigureKind.DURATION && start - 1 >= floor && "这那前同每上下".Contains(text[start - 1]))
            return ScanResult.Skip(k);
        // 分 counts points after Arabic digits, or after Chinese ones a verb of scoring governs (再得两分; not 十分 = very,
        // 三分天下); 番 is a doubling only after 翻 (翻一番, not 一番努力); 平, 负 and 和 (a draw) only in a record
        // (3胜4平5负, ２胜１和), or after 胜; 对 counts pairs, not the sides of 3对1; 二战 is a war.
        if (unit.Surface == "分" && n.IsChinese && !(start - 1 >= floor && ScoringVerbs.Contains(text[start - 1]) && NumeralChars.SmallMultiplier(text[i]) == 0)) return ScanResult.Skip(k);
        if (unit.Surface == "番" && !(start - 1 >= floor && text[start - 1] == '翻' || start - 2 >= floor && text.AsSpan(start - 2, 2) is "翻了")) return ScanResult.Skip(k);
        // 打到２０平, 从２平打到４平: a level score, both sides at N (GUIDELINES F9 scores: metric 比分, no unit).
        if (unit.Surface == "平" && !n.IsChinese && max is null && before is '到' or '成' or '从' && !InRecord(text, start, k, limit))
            return ScanResult.Found(new FigureCandidate(start, k, FigureKind.COUNT, Format(value), "", "", qualifier, Metric: "比分"));
        if (unit.Surface is "平" or "负" or "和" && !InRecord(text, start, k, limit)) return ScanResult.Skip(k);
        // 金, 银 and 铜 count medals only in a tally (7金4银2铜).
        if (unit.Surface is "金" or "银" or "铜" && !InMedalTally(text, start, k, limit)) return ScanResult.Skip(k);
        if (unit.Surface == "对" && k < limit && NumeralChars.CanStart(text[k])) return ScanResult.Skip(k);
        if (unit.Surface == "战" && n.IsChinese && n.Length == 1 && text[i] == '二') return ScanResult.Skip(k);
        if (IsLabel(text, start, k, n, unit, before, floor, limit)) return ScanResult.Skip(k);
        // 级 measures wind and earthquakes (风力14级, 6至8级阵风, 5.6级地震); 四级应急响应, 三级医院, 两级法院 are grades.
        if (unit.Surface == "级" && !MeasuresForce(text, start, k, floor, limit)) return ScanResult.Skip(k);
        // 10年期国债, 5年期以上LPR: a loan's or bond's term names it.
        if (unit.Unit == "年" && k < limit && text[k] == '期') return ScanResult.Skip(k + 1);

        // 三省一市, 千家万户, 三位一体, 十四届六中全会: a Chinese numeral with a one-character classifier right before
        // another Chinese numeral makes a formula, an idiom or a name, not a count; a record (两战两胜) is counts.
        if (n.IsChinese && unit.Surface.Length == 1 && max is null && k < limit && !IsRecord(unit) && unit.Surface != "战"
            && (NumeralChars.ChineseDigit(text[k]) >= 0 || NumeralChars.SmallMultiplier(text[k]) > 0 || NumeralChars.LargeMultiplier(text[k]) > 0))
            return ScanResult.Skip(Math.Min(limit, SkipNumeral(text, k, limit) + 1));
        if (n.IsChinese && i - 2 >= floor && NumeralChars.ChineseDigit(text[i - 2]) >= 0 && units.Match(text, i - 1, i) is not null)
            return ScanResult.Skip(k);

        // 两年半, 一吨半, 两米半 (not 两米半径); of counts only a go score's points, 3目半 (not 三个半, 三家半).
        if (k < limit && text[k] == '半' && (unit.Kind != FigureKind.COUNT || unit.Unit == "目") && unit != symbol && max is null
            && !(k + 1 < limit && "径岛导数场程边壁山球夜价".Contains(text[k + 1])))
        {
            value += value < 0 ? -0.5m : 0.5m;
            k++;
        }
        // 一年多, 一倍多, 翻了一番多: more than a span of time or a multiple; 2元多, 1米多高: more than any amount where 多 starts no
        // word of its own (not 三吨多种, 两人多次).
        else if (k < limit && text[k] is '多' or '余' && qualifier == Qualifier.Exact
            && (unit.Kind == FigureKind.DURATION || unit.Surface is "倍" or "番" || EndsMore(text, k + 1, limit)))
        {
            qualifier = Qualifier.Over;
            k++;
        }

        var kind = unit.Unit == "天" && CountsDays(text, start, floor) ? FigureKind.COUNT : unit.Kind;
        return Found(start, k, kind, value, max, unit.Unit, qualifier, unit, RateBefore(text, start, floor) ?? PerTimeBefore(text, i, floor, unit), RateAfter(text, k, limit));
    }

    private const int MaxDaysCounted = 6;

    /// <summary>
    /// 优良天数为301天, 重污染天数3天: days counted in a year, not one span of time, as the project golds count them (COUNT), and
    /// their change in the next clause (…，比去年同期增加11天); not the days a stock lasts (存煤可用天数在20天以上), one span.
    /// </summary>
    private static bool CountsDays(string text, int start, int floor)
    {
        for (int at = start - 2; at >= floor && start - at <= MaxDaysCounted; at--)
        {
            if (ClauseBounds.IsBreak(text[at])) break;
            if (text.AsSpan(at, 2) is "天数") return !(at - 2 >= floor && text.AsSpan(at - 2, 2) is "可用");
        }
        int clause = ClauseBounds.ClauseStart(text, start, 0);
        return clause > 0 && ChangesDaysCounted(text, clause - 1, start);
    }

    // Room for the clause before a change of a count of days (优良天数为198天，比去年同期增加11天).
    private const int MaxDaysCountedBefore = 16;

    // What says a count of days changed (增加17天, 减少到6天), before the days.
    private static readonly string[] DayCountChanges = ["增加", "减少", "多", "少", "降至", "减少到", "增加到", "降到"];

    /// <summary>
    /// Whether the days at <paramref name="start"/> are a change (比上年增加17天, 减少到6天) of a count of days named earlier in the
    /// sentence, before the clause break at <paramref name="clauseBreak"/>: a count too. The count is a figure already, so this
    /// looks past the floor.
    /// </summary>
    private static bool ChangesDaysCounted(string text, int clauseBreak, int start)
    {
        if (WordBefore(text, start, Math.Max(clauseBreak, start - 3), DayCountChanges) is null) return false;
        for (int at = clauseBreak - 2; at >= 0 && clauseBreak - at <= MaxDaysCountedBefore; at--)
        {
            if (text[at] is '。' or '；' or '！' or '？') return false;
            if (text.AsSpan(at, 2) is "天数") return true;
        }
        return false;
    }

    /// <summary>
    /// 三四百元, 五六十元, 一两千人: two Chinese digits one apart before a power of ten name a range (GUIDELINES F9: the lower
    /// bound and value_max the upper), not a vague amount as 三五年 is; null when the text is not one.
    /// </summary>
    private ScanResult? AdjacentRange(string text, int i, int floor, int limit)
    {
        if (i + 3 >= limit || OneApartLow(text, i) is not (> 0 and var low)) return null;
        int high = low + 1;
        int j = i + 2;
        decimal power = 1;
        while (j < limit && Math.Max(NumeralChars.SmallMultiplier(text[j]), NumeralChars.LargeMultiplier(text[j])) is var m and > 1)
        {
            power *= m;
            j++;
        }
        if (power == 1 || units.Match(text, j, limit) is not { } unit) return null;
        var (start, qualifier) = Prefix(text, i, floor);
        return Found(start, j + unit.Surface.Length, unit.Kind, low * power, high * power, unit.Unit, qualifier, unit, rate: null);
    }

    /// <summary>The lower of two Chinese digits one apart at <paramref name="i"/> (三四, 一两), or 0.</summary>
    private static int OneApartLow(string text, int i)
    {
        int low = NumeralChars.ChineseDigit(text[i]);
        return low >= 1 && i + 1 < text.Length && NumeralChars.ChineseDigit(text[i + 1]) == low + 1 ? low : 0;
    }

    private static readonly string[] ConsumptionWords = ["油耗", "电耗", "能耗", "耗电", "耗油", "综合油耗", "综合电耗"];

    // The events a distance names (男子100米, 女子50米蝶泳, 5公里健康跑).
    private static readonly string[] RaceWords = ["自由泳", "蛙泳", "蝶泳", "仰泳", "混合泳", "栏", "跑", "健康跑", "接力", "决赛", "冠军", "直道"];
    private static readonly string[] Sexes = ["男子", "女子"];

    /// <summary>
    /// A number that names rather than counts (GUIDELINES F8): a tier of homes (二套房贷款), a project's phase (二期工程), the basis of a
    /// rate (每10股派发, 每千人口, 每千瓦时), a race (男子100米, 5公里健康跑), a weight class or a boat's crew (女子59公斤级, 22人龙),
    /// a grade (一年级, 二本院校), a hospital's name (第一人民医院), a play-off format (7场4胜制), a campaign or a rate's name (三年行动,
    /// 72小时送达率).
    /// </summary>
    private static bool IsLabel(string text, int start, int end, ParsedNumeral n, UnitEntry unit, char before, int floor, int limit)
    {
        char next = end < limit ? text[end] : '\0';
        if (IsHomeTier(text, end, unit, limit) || unit.Surface == "期" && n.IsChinese && HanCharacters.IsHan(next) && !IsFunctionChar(next)) return true;
        if (before == '每' && (unit.Surface == "股" || n.Length == 1 && NumeralChars.LargeMultiplier(text[start]) + NumeralChars.SmallMultiplier(text[start]) > 0)) return true;
        // 百公里油耗6升: the distance a consumption is given per.
        if (n.Length == 1 && unit.Unit == "公里" && NumeralChars.SmallMultiplier(text[start]) > 0 && WordAt(text, end, limit, ConsumptionWords) is not null) return true;
        if (unit.Kind == FigureKind.LENGTH && (WordAt(text, end, limit, RaceWords) is not null || WordBefore(text, start, floor, Sexes) is not null)) return true;
        // 女子59公斤级, 男子22人龙: a weight class or a boat's crew names an event.
        if (unit.Kind == FigureKind.WEIGHT && next == '级' && WordBefore(text, start, floor, Sexes) is not null || unit.Unit == "人" && next == '龙') return true;
        if (unit.Unit == "年" && next == '级' || unit.Unit == "人" && next == '民' || unit.Surface == "本" && next is '科' or '线' or '院') return true;
        if (next == '制' || end + 2 < limit && NumeralChars.CanStart(next) && text.AsSpan(end + 1, 2) is "胜制") return true;
        return unit.Kind == FigureKind.DURATION && (Follows(text, end, limit, "行动") || end + 2 < limit && text[end + 2] == '率' && HanCharacters.IsHan(next));
    }

    /// <summary>首套房, 二套住房: the tier of a home a loan buys (套 before 房); not 1260套房源, homes counted.</summary>
    private static bool IsHomeTier(string text, int end, UnitEntry unit, int limit) =>
        unit.Surface == "套" && end < limit && text[end] is '房' or '住' && !(end + 1 < limit && text[end + 1] == '源');

    private static bool IsRecord(UnitEntry unit) => unit.Surface is "胜" or "负" or "平" or "和";

    /// <summary>Verbs of scoring before a count of points (得两分, 丢三分, 积五分).</summary>
    private const string ScoringVerbs = "得丢失积拿追扳";

    /// <summary>
    /// 3胜4平5负, 一胜一负: a win/draw/loss count with another such count right before or after it (the one before is a
    /// figure already, so this looks past the floor).
    /// </summary>
    private static bool InRecord(string text, int start, int end, int limit) =>
        (start - 1 >= 0 && text[start - 1] is '胜' or '平') || (end < limit && NumeralChars.CanStart(text[end]) && end + 1 < limit && RecordWordAfterNumeral(text, end, limit));

    /// <summary>7金4银2铜: a count of medals with another right before or after it.</summary>
    private static bool InMedalTally(string text, int start, int end, int limit)
    {
        if (start - 1 >= 0 && text[start - 1] is '金' or '银') return true;
        int at = end;
        while (at < limit && NumeralChars.CanStart(text[at])) at++;
        return at > end && at < limit && text[at] is '银' or '铜';
    }

    private static bool RecordWordAfterNumeral(string text, int at, int limit)
    {
        while (at < limit && NumeralChars.CanStart(text[at])) at++;
        return at < limit && text[at] is '胜' or '负' or '平';
    }

    /// <summary>
    /// One side of a score: an integer of at most three digits before or after 比, ∶ or a colon with another
    /// such integer on the other side (3比1, ３∶０; 14:30 is a clock time, read first by the dates).
    /// </summary>
    private static bool ScoreSide(string text, int i, int j, int floor, int limit, ParsedNumeral n)
    {
        if (n.Value != decimal.Truncate(n.Value) || n.IntegerDigits is < 1 or > 3 || n.IsChinese || j - i != n.IntegerDigits) return false;
        if (j + 1 < limit && IsScoreSeparator(text[j]))
        {
            int k = j + 1;
            while (k < limit && NumeralChars.ArabicDigit(text[k]) >= 0) k++;
            if (k - (j + 1) is >= 1 and <= 3 && !(k < limit && (NumeralChars.IsDecimalPoint(text[k]) || NumeralChars.LargeMultiplier(text[k]) > 0 || text[k] is '%' or '％'))) return true;
        }
        // The first side is a figure already, so the floor stands at the separator: look past it.
        if (i - 2 >= 0 && i - 1 >= floor && IsScoreSeparator(text[i - 1]))
        {
            int k = i - 2;
            while (k >= 0 && NumeralChars.ArabicDigit(text[k]) >= 0) k--;
            if (i - 2 - k is >= 1 and <= 3 && !(k >= 0 && NumeralChars.IsDecimalPoint(text[k]))) return true;
        }
        return false;
    }

    /// <summary>一天之内, 一年之后: 之 with a word of position after a span of time bounds it (not 一日之功).</summary>
    private static bool BoundsTime(string text, int at, int limit) => at + 1 < limit && text[at + 1] is '内' or '间' or '后' or '前';

    private static bool IsScoreSeparator(char c) => c is '比' or '∶' or '：' or ':';

    // 按 applies a ratio (按1:1随机分组, 按6比4分担); no score is applied.
    private static readonly string[] ProportionWords = ["比例为", "比例是", "比例", "之比为", "之比是", "比重为", "比为", "比是", "比价为", "按"];

    /// <summary>
    /// A term of a pair with a decimal in it (16.8:1, 5.8∶1, 2.1比1, 1比1.5): no score has a decimal, so the pair is a ratio's
    /// wherever it stands; a pair of integers is read by <see cref="ScoreSide"/>.
    /// </summary>
    private static bool IsDecimalProportionTerm(string text, int i, int j, int limit)
    {
        bool firstTerm = j + 1 < limit && IsScoreSeparator(text[j]) && NumeralChars.ArabicDigit(text[j + 1]) >= 0;
        bool secondTerm = i - 2 >= 0 && IsScoreSeparator(text[i - 1]) && NumeralChars.ArabicDigit(text[i - 2]) >= 0;
        if (!firstTerm && !secondTerm) return false;
        int other = firstTerm ? j + 1 : i - 2, step = firstTerm ? 1 : -1;
        bool hasDecimal = text.AsSpan(i, j - i).IndexOfAny('.', '．') >= 0;
        while (other >= 0 && other < limit && (NumeralChars.ArabicDigit(text[other]) >= 0 || NumeralChars.IsDecimalPoint(text[other])))
        {
            hasDecimal |= NumeralChars.IsDecimalPoint(text[other]);
            other += step;
        }
        return hasDecimal;
    }

    /// <summary>Whether the pair of numbers holding <paramref name="i"/> follows a word of proportion (比例为７∶３).</summary>
    private static bool IsProportion(string text, int i)
    {
        int first = i;
        if (i - 2 >= 0 && IsScoreSeparator(text[i - 1]) && NumeralChars.ArabicDigit(text[i - 2]) >= 0)
        {
            first = i - 2;
            while (first > 0 && (NumeralChars.ArabicDigit(text[first - 1]) >= 0 || NumeralChars.IsDecimalPoint(text[first - 1]))) first--;
        }
        foreach (var word in ProportionWords)
            if (first >= word.Length && text.AsSpan(first - word.Length, word.Length).SequenceEqual(word)) return true;
        // 师生比达到1:16.5, 车桩比降至2.1:1, 料肉比从2.9:1降到2.6:1: a ratio's name, a verb of level, maybe its earlier value.
        for (int k = first - 1; k >= 1 && first - k <= MaxProportionVerb; k--)
        {
            if (ClauseBounds.IsBreak(text[k]) && text[k] is not (':' or '：')) return false;
            if (text[k] == '比' && HanCharacters.IsHan(text[k - 1]) && TextRules.WordAt(text, k + 1, first, ProportionVerbs) is not null) return true;
        }
        return false;
    }

    // Room for a ratio's earlier value and the verb after its name (从2.9:1降到).
    private const int MaxProportionVerb = 10;

    private static readonly string[] ProportionVerbs = ["达到", "降至", "降到", "升至", "提高到", "下降到", "从", "由", "约为", "为", "是"];

    /// <summary>
    /// The start of a minus sign that belongs to the number at <paramref name="i"/>: -2.5% and －2.5% (not after a
    /// letter or digit: A-5, 3-5), 负3.5%, 零下5摄氏度; else -1. 负 after a verb it completes (担负, 肩负) is no sign.
    /// </summary>
    private static int NegativeSign(string text, int i, int floor)
    {
        if (i - 1 < floor) return -1;
        char c = text[i - 1];
        if (c is '-' or '－' or '−')
            return i - 2 >= floor && (char.IsAsciiLetterOrDigit(text[i - 2]) || NumeralChars.ArabicDigit(text[i - 2]) >= 0 || text[i - 2] is '%' or '％') ? -1 : i - 1;
        if (c == '负')
            return i - 2 >= floor && "担肩背身辜抱胜自欺正".Contains(text[i - 2]) ? -1 : i - 1;
        if (c == '下' && i - 2 >= floor && text[i - 2] == '零') return i - 2;
        return -1;
    }

    private static readonly string[] ForceBefore = ["风力", "阵风", "风", "震级", "里氏"];
    private static readonly string[] ForceAfter = ["地震", "阵风", "大风", "强震", "余震", "风"];

    /// <summary>偏北风, 东南风, 西北大风: a wind named by the direction it blows from, at <paramref name="at"/>.</summary>
    private static bool NamesWindAt(string text, int at, int limit)
    {
        if (at < limit && text[at] == '偏') at++;
        int from = at;
        while (at < limit && at - from < 2 && text[at] is '东' or '南' or '西' or '北') at++;
        return at > from && WordAt(text, at, limit, ForceAfter) is not null;
    }

    /// <summary>Whether the 级 of [<paramref name="start"/>, <paramref name="end"/>) grades wind or an earthquake.</summary>
    private static bool MeasuresForce(string text, int start, int end, int floor, int limit)
    {
        // 风力14级, 最大风力达14级: a word of force up to four characters before the number.
        for (int before = start; ; before--)
        {
            if (WordBefore(text, before, floor, ForceBefore) is not null) return true;
            if (before <= floor || start - before >= 4 || !HanCharacters.IsHan(text[before - 1])) break;
        }
        if (WordAt(text, end, limit, ForceAfter) is not null || NamesWindAt(text, end, limit)) return true;
        // 共记录到余震137次，其中最大为3.9级。: a level that ends its clause, of quakes or wind the sentence named before it.
        // Digits only: 应急响应为三级 grades a response.
        if (!EndsLevel(text, end, limit) || !HasDigit(text, start, end)) return false;
        // The scan's floor moves past each figure found, so the sentence's own start bounds the look back (余震137次，…).
        int from = Math.Max(0, start - ForceReach);
        var preceding = text.AsSpan(from, start - from);
        preceding = preceding[(preceding.LastIndexOfAny(SentenceEnds) + 1)..];
        foreach (var w in ForceNouns)
            if (preceding.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // Quakes and wind a sentence may name before the level that measures them, and how far back it is looked for.
    private static readonly string[] ForceNouns = ["地震", "余震", "强震", "风力", "阵风", "大风"];
    private const int ForceReach = 30;
    private static readonly char[] SentenceEnds = ['。', '！', '？', '\n'];

    private static bool HasDigit(string text, int start, int end) => Digits(text, start, end) > 0;

    // How many of [start, end) are Arabic digits, half- or full-width.
    private static int Digits(string text, int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
            if (NumeralChars.ArabicDigit(text[i]) >= 0) count++;
        return count;
    }

    private static readonly string[] IndexVerbs = ["报", "收于", "收报", "涨", "跌", "升", "站上", "失守", "回落至", "升至"];

    // Verbs a level is stated after (率为12.1, 跌至100.2, 提高0.8).
    private static readonly string[] LevelVerbs = ["为", "至", "到", "达", "达到", "报", "收于", "提高", "下降", "降低", "上升", "增加", "减少"];

    private static bool LevelVerbBefore(string text, int start, int floor) => WordBefore(text, start, floor, LevelVerbs) is not null;

    private static readonly string[] LevelBounds = ["以下", "以上", "左右"];

    /// <summary>A level's number ends its clause, or a bound or 左右 follows it (1.25以下).</summary>
    private static bool EndsLevel(string text, int k, int limit) =>
        k >= limit || ClauseBounds.IsBreak(text[k]) || WordAt(text, k, limit, LevelBounds) is not null;

    /// <summary>Whether a verb an index's level or move is written after (报, 收于, 涨, 跌, 站上) ends right before <paramref name="start"/>.</summary>
    private static bool IndexVerbBefore(string text, int start, int floor) => WordBefore(text, start, floor, IndexVerbs) is not null;

    /// <summary>￥100, $3.5亿: a currency symbol before the number is its unit when no unit follows.</summary>
    private UnitEntry? CurrencySymbol(char before) => before switch
    {
        '￥' or '¥' => units.Match("元", 0, 1),
        '$' or '＄' => units.Match("美元", 0, 2),
        _ => null,
    };

    /// <summary>
    /// 时速350公里 (设计时速, 最高时速): a length after 时速 is a speed, 公里/小时; 日均225.5万人次, 年均1200万吨: an amount that 日均, 月均
    /// or 年均 touches is per day, month or year (GUIDELINES F9 RATE; 日均客运量420万人次, with a noun between, stays a count).
    /// </summary>
    private static (int Start, string Per)? PerTimeBefore(string text, int start, int floor, UnitEntry unit)
    {
        if (unit.Kind != FigureKind.PERCENT && start - 2 >= floor && text[start - 1] == '均' && text[start - 2] is '日' or '月' or '年')
            return (start - 2, text[start - 2].ToString());
        int at = start;
        if (at - 1 >= floor && text[at - 1] is '达' or '为') at--;
        return unit.Kind == FigureKind.LENGTH && at - 2 >= floor && text.AsSpan(at - 2, 2) is "时速" ? (start, "小时") : null;
    }

    private ScanResult Found(int start, int end, FigureKind kind, decimal value, decimal? max, string unit, Qualifier qualifier,
        UnitEntry? entry, (int Start, string Per)? rate, (int End, string Per)? rateAfter = null)
    {
        if (rate is { } r)
        {
            start = r.Start;
            unit = unit + "/" + r.Per;
            kind = FigureKind.RATE;
        }
        else if (rateAfter is { } a)
        {
            end = a.End;
            unit = unit + "/" + a.Per;
            kind = FigureKind.RATE;
        }
        return ScanResult.Found(new FigureCandidate(start, end, kind, Format(value), max is null ? "" : Format(max.Value), unit, qualifier, entry));
    }

    /// <summary>
    /// 每秒, 每小时, 每平方公里, 每吨, 每晚, 每人每月 right before the number <paramref name="start"/>: the figure is a rate per those
    /// units (GUIDELINES F9: per time, per area, per item), the items before the times whatever the order written (每月每平方米 →
    /// 元/平方米/月, 每人每月 → 元/人/月, as the project golds write them). Only a per word that touches the number, or the 约 or 近
    /// that opens it, makes one (每公斤约46元 is a rate; 每辆奖励约800元 an amount).
    /// </summary>
    private (int Start, string Per)? RateBefore(string text, int start, int floor)
    {
        // Read before every number: most have no 每 before them, and allocate nothing.
        if (PerBefore(text, start, floor) is not var (at, last, lastIsTime)) return AmountPerBefore(text, start, floor);
        if (PerBefore(text, at, floor) is not var (outer, first, firstIsTime)) return (at, last);
        var pers = new List<(string Unit, bool Time)> { (first, firstIsTime), (last, lastIsTime) };
        for (at = outer; PerBefore(text, at, floor) is var (perStart, per, time); at = perStart) pers.Insert(0, (per, time));
        return (at, string.Join("/", pers.OrderBy(p => p.Time).Select(p => p.Unit)));
    }

    // What 每 counts by that no measure word of the lexicon is: times (months, nights, days, terms, quarters), and items (orders,
    // subjects, pupils, tour groups).
    private static readonly string[] PerTimes = ["学期", "季度", "月", "晚", "日"];
    private static readonly string[] PerItems = ["单", "科", "生", "团"];

    /// <summary>每X ending at <paramref name="end"/>: its start, the unit X stands for and whether it is a time, or null.</summary>
    private (int Start, string Per, bool Time)? PerBefore(string text, int end, int floor)
    {
        for (int len = 4; len >= 1; len--)
        {
            int at = end - len - 1;
            if (at < floor || text[at] != '每') continue;
            var word = text.AsSpan(at + 1, len);
            foreach (var w in PerTimes)
                if (word.SequenceEqual(w)) return (at, w, true);
            foreach (var w in PerItems)
                if (word.SequenceEqual(w)) return (at, w, false);
            var per = units.Match(text, at + 1, end);
            if (per is null || per.Surface.Length != len || per.IsPlaceClassifier) continue;
            if (per.Kind == FigureKind.DURATION && !TimeUnitsForRates.Contains(per.Surface[^1])) continue;
            return (at, per.Unit, per.Kind == FigureKind.DURATION);
        }
        return null;
    }

    private const int MaxAmountPer = 8;

    /// <summary>每50公斤119元, 每100克含蛋白质12克: a price or content per an amount of something (元/50千克), as gold figures-modern4 writes it.</summary>
    private (int Start, string Per)? AmountPerBefore(string text, int start, int floor)
    {
        for (int at = start - 3; at >= floor && start - at <= MaxAmountPer; at--)
        {
            if (text[at] != '每') continue;
            if (NumeralChars.ArabicDigit(text[at + 1]) < 0 || !NumeralParser.TryParse(text, at + 1, start, out var amount)) return null;
            int unitAt = at + 1 + amount.Length;
            var per = units.Match(text, unitAt, start);
            return per is not null && unitAt + per.Surface.Length == start && !per.IsPlaceClassifier ? (at, Format(amount.Value) + per.Unit) : null;
        }
        return null;
    }

    /// <summary>公里/小时, 元/吨 right after the unit.</summary>
    private (int End, string Per)? RateAfter(string text, int k, int limit)
    {
        if (k + 1 >= limit || text[k] is not ('/' or '／')) return null;
        var per = units.Match(text, k + 1, limit);
        return per is null ? null : (k + 1 + per.Surface.Length, per.Unit);
    }

    /// <summary>The one-character markers that touch the number and belong to the span: 约 近 (approx), 逾 超 (over).</summary>
    private static (int Start, Qualifier Qualifier) Prefix(string text, int i, int floor)
    {
        if (i <= floor) return (i, Qualifier.Exact);
        char p = text[i - 1];
        // 接近 and 超过 are words: they stay outside the span (the qualifier detector reads them).
        if (ApproxPrefixes.Contains(p) && !(i - 2 >= floor && (text[i - 2] is '接' or '将' or '附' or '最' || p == '约' && EndsInYue.Contains(text[i - 2]))))
            return (i - 1, Qualifier.Approx);
        if (OverPrefixes.Contains(p) && !(i - 2 >= floor && text[i - 2] is '赶' or '高')) return (i - 1, Qualifier.Over);
        return (i, Qualifier.Exact);
    }

    /// <summary>Whether 多 after a unit ends there: at a break, before 的, a numeral or a word of size (2元多一斤, 1米多高).</summary>
    private static bool EndsMore(string text, int after, int limit) =>
        after >= limit || !HanCharacters.IsHan(text[after]) || "的一二三四五六七八九两高长重宽深远".Contains(text[after]);

    private static bool IsCode(string text, int i, ParsedNumeral n) =>
        !n.IsChinese && n.IntegerDigits >= 2 && NumeralChars.ArabicDigit(text[i]) == 0 && n.Value == decimal.Truncate(n.Value);

    private static bool IsWeekdayPrefix(string text, int i, int floor) =>
        (i - 1 >= floor && text[i - 1] == '周')
        || (i - 2 >= floor && text.AsSpan(i - 2, 2) is "星期" or "礼拜");

    private static int SkipNumeral(string text, int j, int limit)
    {
        while (j < limit && (NumeralChars.CanStart(text[j]) || text[j] == '几')) j++;
        return j;
    }

    /// <summary>The end of the quotation holding <paramref name="j"/> (short ones only), else <paramref name="j"/>.</summary>
    private static int ClosingQuote(string text, int j, int limit)
    {
        for (int k = j; k < limit && k - j < MaxLabel; k++)
            if (text[k] is '”' or '’' or '"' or '」' or '』') return k + 1;
        return j;
    }

    /// <summary>
    /// 配置AED860台, 新增ATM120台: digits glued to an upper-case acronym of two letters or more count the thing it names when a
    /// classifier follows them and ends the phrase (not PM2.5浓度, INT8精度, G70高速, T2航站楼, WAR3项目: no classifier, one letter,
    /// or a word the classifier starts).
    /// </summary>
    private bool CountAfterAcronym(string text, int i, int j, int floor, int limit)
    {
        int letters = 0;
        for (int k = i - 1; k >= floor && char.IsAsciiLetter(text[k]); k--)
        {
            if (!char.IsAsciiLetterUpper(text[k])) return false;
            letters++;
        }
        if (letters < 2 || Digits(text, i, j) != j - i) return false;
        if (units.Match(text, j, limit) is not { Kind: FigureKind.COUNT, IsCountedNoun: false } unit) return false;
        int after = j + unit.Surface.Length;
        return after >= limit || !HanCharacters.IsHan(text[after]) || text[after] == '的';
    }

    /// <summary>Skips the rest of a label: digits and Latin letters (5G, A380, 11号).</summary>
    private static int SkipLabel(string text, int j, int limit)
    {
        while (j < limit && (char.IsAsciiLetterOrDigit(text[j]) || NumeralChars.ArabicDigit(text[j]) >= 0)) j++;
        return j;
    }

    private static string Format(decimal value) => FigureValue.Format(value);
}

