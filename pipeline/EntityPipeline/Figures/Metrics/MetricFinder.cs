using EntityPipeline.Documents;
using EntityPipeline.Text;
using static EntityPipeline.Figures.TextRules;
using EntityPipeline.Figures.Qualifiers;
using EntityPipeline.Figures.Subjects;

namespace EntityPipeline.Figures.Metrics;

/// <summary>
/// Names what a figure measures or counts (GUIDELINES F7 metric) with the sentence's own words. A count
/// takes the noun phrase it quantifies (3000余家 ← 各类服务机构 before it; 16个港口 → 港口 after it); a
/// measurement takes the phrase between its clause's subject (or start, or the figure before it) and
/// itself, less the verbs and qualifiers that lead to the number (森林覆盖率接近60% → 森林覆盖率) and the adverbs
/// inside it (股价也上升 → 股价上升); a figure listed after another (增长12%、17%) takes its metric; the end
/// point of a change takes the metric of its starting point (由45分钟缩短至15分钟). Dates, durations that open
/// a time adverbial (5年来, 连续五年), and counts whose unit is the counted noun (两省, 3胜, 两队) have none.
/// </summary>
internal static class MetricFinder
{
    private const int MaxLength = 24;

    // What may follow an amount in a clause that names nothing else (112部左右).
    private const int MaxClauseTail = 2;

    /// <summary>Verbs that hold a level (平均接通时间压缩到15秒, 漏损率控制在8%以内), longest first.</summary>
    internal static readonly string[] HoldingVerbs = ["可控制在", "控制在", "缩短至", "缩短到", "压缩至", "压缩到", "稳定在", "保持在"];

    // Stripped from the end of a preceding phrase, repeatedly, longest first.
    private static readonly string[] TrailingWords =
    [
        // 最低气温可降至零下15℃, 积雪深度可达20厘米: with the modal 可, which jieba glues to the verb (可降, 可达).
        .. HoldingVerbs, "可降至", "可降到", "可升至", "可达到", "可达", "约等于", "只需要", "不少于", "不低于", "不超过", "不高于", "多于", "少于", "低于", "高于", "约合", "提高到", "提高至", "提高为", "调整为", "调整到", "调整至", "收窄至", "扩大至", "扩大到", "下降至", "下降到", "上升至", "上升到", "增长至",
        "提升至", "提升到", "降低至", "降低到", "回落至", "回升至", "增加到", "增加至", "减少到", "减少至", "延长到", "延长至", "降到", "升到", "增到", "减到", "降为", "减为", "增为", "调至", "调到", "调为", "增长了", "突破了", "突破", "增至", "降至", "减至", "升至", "收报", "报收", "接近", "超过", "不到", "不足", "将近", "大约", "达到", "已达", "约为",
        "高达", "将由", "只需", "需要", "已于", "收于", "达", "为", "是", "有", "约", "近", "由", "将", "了", "共", "已", "均", "都", "仅", "只", "逾", "超", "于", "的", "可",
        // 室温不得低于18℃, 月薪一般在…, 积雪深度普遍在…, 满载率一度超过…, 采暖费标准维持…: the rule, the usual, the peak the qualifier carries.
        "不得", "一般", "普遍", "一度", "有时", "维持", "集中", "初步估算",
        // The currency named before an amount (罚款人民币2000元, 货款人民币伍万元): the unit's, not what is measured.
        "人民币",
        // Where a level lies or starts from (最低气温在零下5℃, 票价从120元降至…, 住院日由上年的…): no design gold's metric ends so.
        "由原来", "从原来", "由上年", "由去年", "由过去", "从过去", "多在", "在", "从",
        // Whom something is done to (对112栋存在重大隐患的建筑挂牌督办): what follows the figure names it.
        "对",
        // The rule a rate or ratio is applied by (坡道坡度按1比12设置).
        "按照", "按",
        // 地区生产总值完成, 营业收入实现: the verb of reaching the amount; 出口收入有望, 月产能力争: the hope or aim the qualifier carries.
        "完成", "实现", "有望", "力争",
        // 大豆种植面积今年预计达到: the estimate the qualifier carries, and the time the measure holds, which is its period (no
        // design gold's metric ends in either).
        "预计", "今年", "去年", "明年", "上半年", "下半年",
    ];

    // 本报讯 opens a report, undated (本报讯 今年全国高校毕业生预计达1222万人): no part of what is measured.
    private static readonly string[] LeadingWords = ["本报讯", "今年春季", "今年夏季", "今年秋季", "今年冬季", "左右", "及以上", "及以下", "以上", "以下", "其中", "期内", "他们", "她们", "他", "她", "以来", "预计", "今年", "去年", "上半年", "下半年", "今冬", "今春", "当月", "当地", "目前", "现在", "如今", "同时", "此外", "但", "而", "的", "其", "和", "与", "及", "、", "将", "并把", "把"];

    // Adverbs left out of a metric when the segmenter makes them words of their own: 股价也上升 → 股价上升, 景区共接待游客 → 景区接待游客
    // (a total, as 共 opening a metric is); and modal ones, which
    // the qualifier carries (省级将压减一般性支出 → 省级压减一般性支出; not 可 nor 已, which the segmenter splits off 可支配收入 and 已建成 too, where they belong).
    private const string Adverbs = "也还仍仅就都又才将约已则共";

    private static readonly string[] VerbStops =
    [
        "实现", "加快", "基本", "全部", "已经", "正在", "持续", "成为", "进行", "推动", "形成", "完成", "建成", "开通", "面向",
        "缩短", "增长", "下降", "提高", "降低", "增加", "减少", "扩大", "提升", "上升", "同比", "环比", "占",
        "位列", "位居", "排名", "排在", "居于", "领跑",
        // 由7名专家组成的专家组: who the counted make up is no part of them.
        "组成",
        // A change of level (利率从负0.1%上调至…), a range's band (保持在4%至5%区间); not 调整, which 1998's text writes in names of measures.
        "上调", "下调", "区间",
    ];

    // Words right after a number that are not what it quantifies: bounds, time adverbials, positions, modal particles (卖三四百元呢).
    private static readonly string[] PostNumberWords =
        ["左右", "上下", "以上", "以下", "以内", "之内", "之间", "之际", "之后", "以前", "以后", "内", "外", "后", "前", "来", "间", "时", "多", "余", "即", "里",
         "呢", "吧", "啊", "呀", "啦", "吗"];

    public static string Find(string text, Sentence sentence, FigureCandidate figure, FigureCandidate? previous, string previousMetric,
        PlaceSpan? subject, List<FigureCandidate> sentenceFigures, WordBounds? words = null)
    {
        words ??= WordBounds.None;
        if (figure.Kind == FigureKind.DATE) return "";
        if (figure.UnitEntry is { IsCountedNoun: true }) return "";
        // The second term of a proportion (比例为７∶３) measures what the first does.
        if (previous is not null && previous.End == figure.Start - 1 && text[previous.End] is '∶' or '：' or ':' or '比') return previousMetric;
        if (IsSinceSpan(text, figure, sentence.End)) return "";
        if (figure.Kind == FigureKind.DURATION && figure.Start - 2 >= sentence.Start && text.AsSpan(figure.Start - 2, 2) is "连续") return "";
        if (IsTimeWithin(text, figure, sentence.End)) return "";

        // 收获5金3银1铜: a medal tally counts medals.
        if (figure.Unit is "金" or "银" or "铜") return Medals;
        // 以1分44秒62夺冠: what a result is won with.
        if (figure.Start > sentence.Start && text[figure.Start - 1] == '以' && WordAt(text, figure.End, sentence.End, ResultVerbs) is not null)
            return ResultMeasure(figure, previousMetric, previous, sentence);
        if (Standard(text, figure, sentence.End, words) is { } standard) return standard;
        // A figure right before a noun quantifies it: 16个港口, 4000余亩的工业用地, 3000P（…）智能算力.
        // Not where a change starts from it (由7天延长到40天: 延长 is no noun), nor from a ratio's first term (按1比12设置).
        var (after, afterEnd) = Following(text, figure.End, sentence.End, sentenceFigures, words, figure.Kind == FigureKind.COUNT);
        if (afterEnd > after && !StartsChange(text, figure.End, sentence.End) && figure.Kind != FigureKind.RATIO || figure.Kind == FigureKind.ORDINAL)
            return (CountedPredicates.IsCountOfThings(figure) ? CountedPredicates.PredicateFirst(text, after, afterEnd, sentence.End, words) : null)
                ?? (afterEnd - after >= 2 ? Participating(text, afterEnd, sentence.End) : "") + text[after..afterEnd];

        // 利率下调50个基点至4.75%: the level a change reaches measures what changed, less the verb (利率).
        if (previous is not null && previousMetric.Length > 0 && previous.End < figure.Start && figure.Start - previous.End <= 2
            && text.AsSpan(previous.End, figure.Start - previous.End) is "至" or "到" or "约至" && WordBefore(previousMetric, previousMetric.Length, 0, LevelChanges) is { } changed)
            return previousMetric[..^changed.Length];

        int clause = ClauseBounds.ClauseStart(text, figure.Start, sentence.Start);
        int from = clause;
        if (previous is not null && previous.End > from && previous.End <= figure.Start && !IsBaseline(text, previous, sentence.Start))
            from = ClosesAmount(text, previous.End, figure.Start) || ClosesDate(text, previous, figure.Start) ? previous.End + 1 : previous.End; // 伍万元整及利息3200元; 6月底前为…1000万条
        if (subject is { } s && s.End > from && s.End <= figure.Start) from = s.End;
        var (start, end) = Strip(text, from, figure.Start, words);
        // 降压药每片价格由1.2元降至…, 覆盖率由修复前的不足5%提高到…: a change's starting point is measured by what comes before its 由.
        if (StartsChange(text, figure.End, sentence.End) && LastFrom(text, start + 2, end, words) is int by) (start, end) = Strip(text, start, by, words);
        // 海外收入首次超过30亿港元, 指数14日收于8071点: a label or date right before the figure names nothing; what precedes it does.
        if (start == end && previous is { Kind: FigureKind.DATE or FigureKind.ORDINAL } && from == previous.End && previous.Start > clause)
            (start, end) = Strip(text, subject is { } own && own.End > clause && own.End <= previous.Start ? own.End : clause, previous.Start, words);
        // 指数报2160.5点: the verb of quoting, a word of its own (not the 报 of 日报); 在海拔4000米: the preposition (not the 在 of 在校生).
        if (end - start > 1 && text[end - 1] == '报' && words.IsSingleCharWord(end - 1)) end--;
        if (end - start > 1 && text[start] == '在' && words.IsSingleCharWord(start)) start++;
        // 并增设公共厕所4座: the conjunction (not the 并 of 并购); 并处罚金: the sentence's 处, whatever the segmenter joins it to.
        if (end - start > 1 && text[start] == '并' && (words.IsSingleCharWord(start) || text.AsSpan(start, end - start).StartsWith("并处罚"))) start++;
        // 规上工业企业中: among them (not the 中 of 高中).
        if (end - start > 1 && text[end - 1] == '中' && words.IsSingleCharWord(end - 1)) end--;
        // 全国居民消费价格指数, 全县今年茶园面积, 该县计划完成造林: the division is the subject (NationWords, DivisionReferences), not what is measured.
        if (end - start > 2 && (NationWords.IsNationWord(text.AsSpan(start, 2)) || LevelAnaphora.IsWholeAt(text, start) || LevelAnaphora.IsThatAt(text, start)) && !words.IsInside(start + 2))
            (start, end) = Strip(text, start + 2, end, words);
        if (end - start > MaxLength) start = end - MaxLength;
        // Never from inside a word: 近年来累计转化科技成果 is not 来累计转化科技成果.
        while (start < end && words.IsInside(start)) start++;
        if (end - start > 2 && text.AsSpan(start, end - start) is "处罚金" or "处罚款") start++;
        // 共销售彩票, 实现营业收入, 该行涉农贷款: the verbs, totals and bodies that lead to an amount name nothing (no design gold's metric opens with one).
        while (LeadingVerbAt(text, start, end, words) is > 0 and var verb) (start, end) = Strip(text, start + verb, end, words);
        // 全年达2.1亿次, 合计286万载重吨, 连续第五年超过1000吨: a total or a span alone names no measure.
        if (text.AsSpan(start, end - start) is "全年" or "合计" or "共计" or "累计" or "连续" or "共") start = end;
        // 以589亿元居首位: what a result is won with is what the sentence measured.
        if (text.AsSpan(start, end - start) is "以") return ResultMeasure(figure, previousMetric, previous, sentence);
        // 另有74部正在施工: "another" names nothing; what the count does follows it.
        if (text.AsSpan(start, end - start) is "另") start = end;
        // 价格下跌15.4%，报2680美元: a quote after a change is the level of what changed.
        if (text.AsSpan(start, end - start) is "报" or "收报" or "报收" && ChangeVerbFrom(previousMetric, 0, previousMetric.Length) is int quoted && quoted > 0)
            return previousMetric[..quoted];
        // 共运送旅客9020万人次，日均225.5万人次: a rate that opens its clause is the amount before it per day.
        if (start == end && figure.Kind == FigureKind.RATE && start == clause && previous is not null && previous.Start >= sentence.Start) return previousMetric;
        // 日均约8600人次: an amount 约 keeps from being a rate is a daily average (not 日, as stripping 均 would leave).
        if (text.AsSpan(from, figure.Start - from) is "日均" or "月均" or "年均") return text[from..figure.Start];
        // A rank's 排名 is no amount's (领先第二名蓝湾队7分).
        if (start == end && previous is not null && previous.End > clause) return previous.Kind == FigureKind.ORDINAL && figure.Kind != FigureKind.ORDINAL ? "" : previousMetric;
        // 刷单返利类案件占比最高，达27.6%; 最大累计降雨量出现在北岭镇，达412.5毫米: a bare amount after a clause that names the
        // highest, or where it occurred, measures what that clause names, less the place that holds it, the subject (其中南山区租金最高 → 租金).
        if (start == end && clause > sentence.Start && Superlative(text, sentence.Start, clause - 1, words) is var (top, topEnd) && topEnd > top)
            return subject is { } holder && holder.Start == top && holder.End < topEnd ? text[holder.End..topEnd] : text[top..topEnd];
        // 627户已摘掉贫困帽，1722户已脱贫: a count that names nothing before it in its clause counts those that do what follows it;
        // a share so (仓库中，八成实现当日发货) is of those.
        // (已有9座降至死水位: adverbs alone name nothing either.)
        if ((start == end || OnlyAdverbs(text, start, end, words)) && figure.Kind is FigureKind.COUNT or FigureKind.PERCENT
            && CountedPredicates.After(text, figure.End, sentence.End, words) is { } done) return done;
        // 全市加装电梯317部，其中西陵区112部; 普及率为86%，目前已提高到98.2%: an amount in the unit of the one before it in its sentence,
        // whose clause names nothing else before or after it, measures what that one does (not 109户年纯收入超万元, nor a span of time).
        if (start == end && previous is not null && previous.Start >= sentence.Start && previousMetric.Length > 0 && figure.Kind != FigureKind.DURATION
            && previous.Kind == figure.Kind && previous.Unit == figure.Unit && ClauseBounds.ClauseEnd(text, figure.End, sentence.End) - figure.End <= MaxClauseTail)
            return previousMetric;
        // 报名人数为68.3万人，比去年增加1.7万人: a change against a base after the level it changes is that level's change against the
        // base (报名人数比去年增加: the project golds keep a base that opens its clause; not after a change, 价格比上周下降86元，比春节前下跌6%).
        if (previousMetric.Length > 0 && previous is not null && previous.End <= start && previous.Start >= sentence.Start
            && text[start] is '比' or '较' && words.IsSingleCharWord(start) && (ChangeVerbFrom(text, start + 1, end) is not null || EndsComparing(text, start, end))
            && ChangeVerbFrom(previousMetric, 0, previousMetric.Length) is null)
            return AsShare(previousMetric) + WithoutAdverbs(text, start, end, (start, start), words);
        return WithoutAdverbs(text, start, end, Baseline(text, start, end, words), words);
    }

    // Verbs, totals, plans, times and bodies already named that open no design gold's metric (该行涉农贷款余额 → 涉农贷款余额).
    private static readonly string[] LeadingVerbs =
        ["实现", "合计", "共计", "共有", "现有", "力争", "当天", "届时", "此次", "本届", "本次", "县里", "市里", "省里", "该公司", "公司", "共", "全年"];

    /// <summary>The length of the leading verb or total, a word of its own, at <paramref name="start"/> with more after it; or 0.</summary>
    private static int LeadingVerbAt(string text, int start, int end, WordBounds words)
    {
        // 该行, 该馆, 该院, 该船厂: a body already named, by 该 and its own word (jieba joins a one-character one to 该).
        if (text[start] == '该' && start + 2 < end && words.IsInside(start + 1) && !words.IsInside(start + 2)) return 2;
        if (text[start] == '该' && start + 3 < end && words.IsSingleCharWord(start) && words.WordEnd(start + 1, end) == start + 3) return 3;
        string? verb = WordAt(text, start, end, LeadingVerbs);
        return verb is not null && start + verb.Length < end && !words.IsInside(start + verb.Length) && (verb.Length > 1 || words.IsSingleCharWord(start)) ? verb.Length : 0;
    }

    // Verbs of taking part that end a clause of who takes part (来自23个国家和地区的3.2万名跑者参赛).
    private static readonly string[] Participations = ["参赛", "参展", "参会"];

    /// <summary>
    /// The verb of taking part that ends the clause a counted noun stands in (…的24支队伍参赛 → 参赛), which the design golds write
    /// before a noun of two characters or more (参赛队伍, 参赛国家和地区; not 参赛市); or "".
    /// </summary>
    private static string Participating(string text, int nounEnd, int limit)
    {
        int end = ClauseBounds.ClauseEnd(text, nounEnd, limit);
        return WordBefore(text, end, nounEnd, Participations) ?? "";
    }

    private static readonly string[] Superlatives = ["最高", "最低", "最多", "最少", "最大", "最小", "最长", "最快"];

    /// <summary>
    /// What the clause before <paramref name="comma"/> names as the highest (其中婚宴支出占比最高 → 婚宴支出占比) or where the
    /// highest occurred (单日最高接待量出现在春节假期 → 单日最高接待量); (0, 0) when the clause does neither.
    /// </summary>
    private static (int Start, int End) Superlative(string text, int floor, int comma, WordBounds words)
    {
        int start = ClauseBounds.ClauseStart(text, comma, floor);
        int end = text.IndexOf("出现在", start, comma - start, StringComparison.Ordinal);
        if (end < 0) end = comma;
        if (WordBefore(text, end, start, Superlatives) is { } most) end -= most.Length;
        else if (end == comma) return (0, 0);
        return Strip(text, start, end, words);
    }

    /// <summary>A span of time counted up to now (5年来, 5年间, 5周年以来): an adverbial that measures nothing.</summary>
    public static bool IsSinceSpan(string text, FigureCandidate f, int limit) =>
        f.Kind == FigureKind.DURATION && (f.End < limit && text[f.End] is '来' or '间' || Follows(text, f.End, limit, "以来"));

    /// <summary>A span of time within which something happens (震后2小时内, 未来3年之内; <see cref="Norms.IsTimeLimit"/> and 之内): an adverbial that measures nothing.</summary>
    public static bool IsTimeWithin(string text, FigureCandidate f, int limit) =>
        Norms.IsTimeLimit(text, f) || f.Kind == FigureKind.DURATION && Follows(text, f.End, limit, "之内");

    /// <summary>What the figure after 以 measures: a time is a result (成绩), else what the sentence measured before.</summary>
    private static string ResultMeasure(FigureCandidate figure, string previousMetric, FigureCandidate? previous, Sentence sentence) =>
        figure.Kind == FigureKind.DURATION ? "成绩"
        : previous is not null && previous.Start >= sentence.Start ? previousMetric : "";

    // Verbs of a result won with the figure before them (以47秒12夺冠, 以2小时13分05秒名列第四).
    private static readonly string[] ResultVerbs = ["夺冠", "夺得", "获得", "获胜", "胜出", "名列", "位列", "排名", "摘得", "率先", "刷新", "打破"];

    // What a medal tally (7金4银2铜) counts, as four of the design golds' five tallies write it.
    private const string Medals = "奖牌";

    // The verbs of a change a comparison's base comes before (增速比上半年提高).
    private static readonly string[] ChangeVerbs =
        ["提高", "下降", "增长", "增加", "减少", "扩大", "收窄", "缩小", "加快", "放缓", "回落", "回升", "上升", "降低", "提升", "上涨", "下跌"];

    // What a level is against its base by (批发价比上周高出0.4元, 月降雨量较常年偏多两成, 候车时间比平时缩短5分钟): a difference, as a change is.
    private static readonly string[] Comparatives =
        ["高出", "多出", "高", "低", "多", "少", "快", "慢", "缩短", "延长", "偏少", "偏多", "偏高", "偏低", "偏大", "偏小", "偏短", "偏长", "新增", "多增", "少增", "下滑", "放量"];

    /// <summary>
    /// Whether text[start..end], opening with 比 or 较, ends in a comparative (比上周高出), not against a record, whose margin is no
    /// level's difference (比原纪录快, as the design golds keep it bare).
    /// </summary>
    private static bool EndsComparing(string text, int start, int end) =>
        WordBefore(text, end, start + 1, Comparatives) is not null && !text.AsSpan(start, end - start).Contains("纪录", StringComparison.Ordinal);

    // A rate set anew (利率下调50个基点至4.75%) changes too.
    private static readonly string[] LevelChanges = [.. ChangeVerbs, "下调", "上调"];

    /// <summary>
    /// The comparison's base inside a change's metric, from 比 or 较 to the verb (增速[比上半年]提高 → 增速提高, 降幅[比上月]扩大): what
    /// the change is measured against, not what changed. (start, start) when there is none.
    /// </summary>
    private static (int Start, int End) Baseline(string text, int start, int end, WordBounds words)
    {
        // A metric that opens with its base (比去年同期增长, 分别比…) names nothing else: the base stays, as the dev gold writes it.
        for (int i = start + 1; i < end - 1; i++)
        {
            if (text[i] is not ('比' or '较') || !words.IsSingleCharWord(i)) continue;
            if (text.AsSpan(start, i - start) is "分别" || i - start == 1 && Adverbs.Contains(text[start])) break; // 分别比去年同期增长, 也比…
            if (ChangeVerbFrom(text, i + 1, end) is int verb) return (i, verb);
            break;
        }
        return (start, start);
    }

    // What a change is stated against that can open its metric (同比增长, 环比下降).
    private static readonly string[] ChangeOpenings = ["同比", "环比"];

    /// <summary>
    /// A change whose metric names no measure (营业收入12亿元，同比增长3.1%; 一季度国内生产总值增长5.3%，二季度增长4.7%) measures
    /// what the last figure before it in its sentence measured (<paramref name="earlier"/>), when it changes by a share or in that
    /// figure's unit: that figure's measure (<paramref name="earlierMetric"/> up to its own change) before the change's words, as
    /// the design golds write it (营业收入同比增长). Any other metric is returned as it is.
    /// </summary>
    public static string OfEarlierMeasure(string metric, FigureCandidate figure, string earlierMetric, FigureCandidate? earlier)
    {
        // A relative change (同比增长5%, 增长1.3倍) can be of any amount; an absolute one (增加1900家) only of one in its unit.
        // A 分别 list's changes are dealt out to the figures before it (RespectiveLists).
        if (earlier is null || earlierMetric.Length == 0 || !OpensWithChange(metric) || metric.Contains("分别", StringComparison.Ordinal)
            || !(figure.Kind == FigureKind.PERCENT || figure.Unit is "倍" or "成" || figure.Unit == earlier.Unit && figure.Kind != FigureKind.ORDINAL)) return metric;
        string measure = MeasureOf(earlierMetric);
        // A share (占全市企业总数) or an average alone (日均) is no measure a change can be of.
        return measure.Length < 2 || measure[0] == '占' || measure is "日均" or "月均" or "年均" ? metric : AsShare(measure) + metric;
    }

    // How far before its amount the part a share is of may end (民生支出|约|26.1亿元).
    private const int PartGap = 2;

    /// <summary>
    /// A share whose clause names only the whole (民生支出26.1亿元，占总支出的80.6%) is a share of what the amount before it in its
    /// sentence measures: 民生支出占总支出. Only when that measure is a noun phrase written right before its amount; a verb's
    /// (派发约1.2亿元, 累计增持公司股份) names no part. Any other metric is returned as it is.
    /// </summary>
    public static string OfEarlierPart(string text, WordBounds words, string metric, FigureCandidate figure, string earlierMetric, FigureCandidate? earlier)
    {
        if (earlier is null || metric.Length == 0 || metric[0] != '占' || metric.Length > 1 && metric[1] == '比' && metric != "占比" || !(figure.Kind == FigureKind.PERCENT || figure.Unit is "成")) return metric;
        // A bare 占 names its part only right after the part's amount (其中网购家电4.2万台，占35%), not after another clause's.
        if (metric == "占" && !SharesRightAfter(text, earlier.End, figure.Start)) return metric;
        string part = MeasureOf(earlierMetric);
        if (part.Length < 2 || part.Contains('占') || OpensWithChange(part)) return metric;
        int from = Math.Max(0, earlier.Start - part.Length - PartGap);
        int at = text.LastIndexOf(part, earlier.Start - 1, earlier.Start - from, StringComparison.Ordinal);
        if (at < 0) return metric;
        int lastWord = at + part.Length - 1;
        while (lastWord > at && words.IsInside(lastWord)) lastWord--;
        return words.PosAt(at) is "v" || words.PosAt(lastWord) is "v" ? metric : part + metric;
    }

    // The most characters between a part's amount and its share (，约占 before 35%).
    private const int ShareGap = 4;

    /// <summary>Whether only a comma and 占 (with 约, 近 or 了) stand between an amount ending at <paramref name="from"/> and a share at <paramref name="to"/>.</summary>
    private static bool SharesRightAfter(string text, int from, int to) =>
        to - from is >= 2 and <= ShareGap && text[from] is '，' or ',' && text.IndexOf('占', from, to - from) > 0;

    /// <summary>
    /// A share stated with the verb 占 (电气原因引发的火灾占38.6%) measures the share: 占比, as the design golds write it (166 metrics
    /// end in 占比, one in 占).
    /// </summary>
    public static string AsShare(string metric) => metric.EndsWith('占') ? metric + "比" : metric;

    // The words that end a measure's phrase before its amount (快递业务量累计, 土地出让金合计): a metric's trailing words, and totals.
    private static readonly string[] MeasureTails = ["累计", "合计", "共计", "分别", .. TrailingWords];

    /// <summary>
    /// The measure a metric names before its change (国内生产总值 of 国内生产总值同比增长), or all of it when it states no change; less
    /// the verbs and totals that end it (快递业务量累计完成 → 快递业务量).
    /// </summary>
    private static string MeasureOf(string metric)
    {
        int end = metric.Length;
        for (int k = 0; k < metric.Length; k++)
            if (OpensWithChange(metric[k..])) { end = k; break; }
        while (WordBefore(metric, end, 0, MeasureTails) is { } tail && TailedWordAcross(metric, 0, end - tail.Length, end) is null) end -= tail.Length;
        return metric[..end];
    }

    /// <summary>Whether a metric opens with a change (增长, 同比下降) or with its base and a change (比上年增长), not with 比分 or 比赛.</summary>
    private static bool OpensWithChange(string metric) =>
        WordAt(metric, 0, metric.Length, ChangeVerbs) is not null || WordAt(metric, 0, metric.Length, ChangeOpenings) is not null
        || metric.Length > 1 && metric[0] is '比' or '较' && ChangeVerbFrom(metric, 1, metric.Length) is not null;

    /// <summary>Where the first verb of change at or after <paramref name="from"/> begins (比上年[提高]), or null.</summary>
    private static int? ChangeVerbFrom(string text, int from, int end)
    {
        for (int k = from; k < end; k++)
            if (WordAt(text, k, end, ChangeVerbs) is not null) return k;
        return null;
    }

    private static readonly string[] YieldVerbs = [.. ChangeVerbs, "增收", "节省", "吸收", "减免", "为", "产"];

    private static bool OnlyAdverbs(string text, int start, int end, WordBounds words)
    {
        for (int i = start; i < end; i++)
            if (!(Adverbs.Contains(text[i]) && words.IsSingleCharWord(i))) return false;
        return true;
    }

    private static string WithoutAdverbs(string text, int start, int end, (int Start, int End) cut, WordBounds words)
    {
        var kept = new System.Text.StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            // 研发投入预计占营业收入, 谈判可能持续: what is expected is what the metric names (not 预期, as in 预期寿命; nor 可能性).
            if (i + 2 <= end && text.AsSpan(i, 2) is "预计" or "可能" && !(i + 2 < end && text[i + 2] == '性')) { i++; continue; }
            // 县财政为此安排资金: what the money is for is what the text before says, no part of the measure (jieba's word 为此, not
            // 为 before 此次).
            if (i + 2 <= end && text.AsSpan(i, 2) is "为此" && !words.IsInside(i) && words.IsInside(i + 1) && !words.IsInside(i + 2)) { i++; continue; }
            // 居民消费价格指数（CPI）同比下降: a bracketed Latin gloss inside names nothing more (出国（境）深造 keeps its bracket).
            if (text[i] == '（' && text.IndexOf('）', i, end - i) is int close and > 0 && IsLatinGloss(text.AsSpan(i + 1, close - i - 1))) { i = close; continue; }
            // 菜农每亩可增收, 每年可为湿地补水: what a yield or saving could be is what it is (the qualifier carries the modal); not
            // a capacity's 可 (可容纳, 可贷, 可预约), which the design golds keep.
            if (text[i] == '可' && words.IsSingleCharWord(i) && WordAt(text, i + 1, end, YieldVerbs) is not null) continue;
            // 就地加工率, 就近入学: 就 of 就地 and 就近 (on the spot, nearby), which jieba splits off, is no adverb.
            bool onTheSpot = text[i] == '就' && i + 1 < end && text[i + 1] is '地' or '近';
            if (!(i >= cut.Start && i < cut.End) && !(Adverbs.Contains(text[i]) && words.IsSingleCharWord(i) && !onTheSpot)) kept.Append(text[i]);
        }
        return kept.ToString();
    }

    private static bool IsLatinGloss(ReadOnlySpan<char> inside) => inside.Length > 0 && char.IsAsciiLetter(inside[0]) && !inside.ContainsAnyExcept(LatinGlossChars);

    private static readonly System.Buffers.SearchValues<char> LatinGlossChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.- ");

    // The verbs of a change to a new level (由1.2万元降至6000元, 由7天延长到40天, 由8元调整为9元), before 到, 至 or 为: the changes of a
    // level, those of a span, a level set anew, and the one-character verbs last (WordAt takes the first that fits).
    private static readonly string[] ChangesTo = [.. LevelChanges, "延长", "缩短", "压缩", "调整", "降", "升", "增", "减", "调"];

    // What a rate applied by 按 may be the standard of (按每吨46元的收购价, 按20%的税率), and the verbs that apply it.
    private static readonly string[] StandardNouns = ["收购价", "税率", "费率", "利率", "价格", "单价", "比例", "标准"];
    private static readonly string[] GivingVerbs = ["给予", "发放", "补助", "补贴", "奖励", "支付"];
    private static readonly string[] ApplyingVerbs = [.. GivingVerbs, "缴纳", "缴费", "计酬", "收取", "收购", "计算", "优惠"];

    /// <summary>
    /// What a figure after 按 is the standard of, as the design golds name it: the noun after its 的 (按20%的税率缴纳 → 税率), what
    /// is given at that rate (按每部20万元给予补贴 → 补贴), or what is done at it (按每只8元计酬 → 计酬; 按…的标准缴费 → 缴费标准); nothing
    /// for a reckoning (按每箱3.5千克计算). Null when no 按 governs the figure or no such verb follows it.
    /// </summary>
    private static string? Standard(string text, FigureCandidate figure, int limit, WordBounds words)
    {
        int by = figure.Start - 1;
        if (!(by >= 0 && text[by] == '按' && words.IsSingleCharWord(by) || by >= 1 && text.AsSpan(by - 1, 2) is "按照")) return null;
        int at = figure.End;
        string? noun = at < limit && text[at] == '的' ? WordAt(text, at + 1, limit, StandardNouns) : null;
        if (noun is not null) at += 1 + noun.Length;
        if (noun is not null and not "标准") return noun;
        if (WordAt(text, at, limit, ApplyingVerbs) is not { } verb) return null;
        if (verb == "计算") return "";
        var (start, end) = Strip(text, at + verb.Length, ClauseBounds.ClauseEnd(text, at + verb.Length, limit), words);
        if (end - start > MaxLength) return verb + noun;
        return Array.IndexOf(GivingVerbs, verb) >= 0 && end > start ? text[start..end] : verb + text[start..end] + noun;
    }

    /// <summary>Whether a change to a new level follows the figure ending at <paramref name="at"/> (25%左右降至8%): it is the starting point.</summary>
    private static bool StartsChange(string text, int at, int limit)
    {
        if (WordAt(text, at, limit, PostNumberWords) is { } post) at += post.Length;
        return WordAt(text, at, limit, ChangesTo) is { } verb && at + verb.Length < limit && text[at + verb.Length] is '到' or '至' or '为';
    }

    /// <summary>The last 由 or 从, a word of its own, in [<paramref name="floor"/>, <paramref name="end"/>), or null.</summary>
    private static int? LastFrom(string text, int floor, int end, WordBounds words)
    {
        for (int k = end - 1; k >= floor; k--)
            if (text[k] is '由' or '从' && words.IsSingleCharWord(k)) return k;
        return null;
    }

    private static bool IsBaseline(string text, FigureCandidate figure, int floor) =>
        figure.Start > floor && text[figure.Start - 1] is '较' or '比';

    // Words that end in a trailing word's characters and are measured themselves (失业率平均为 → 失业率平均, 违法行为, 单笔损失最高达 → 单笔损失最高).
    // Not every word the segmenter so makes: it glues 率为 and 下调 (下调至) too, whose tail is the verb.
    private static readonly string[] TailedWords = ["平均", "人均", "户均", "日均", "月均", "年均", "最高", "最低", "行为"];

    /// <summary>
    /// [start, end) of text less its leading and trailing words, spaces and a list's bullet (+ 进出口总额); a trailing word is no
    /// tail of a <see cref="TailedWords"/> word.
    /// </summary>
    private static (int Start, int End) Strip(string text, int start, int end, WordBounds words)
    {
        bool changed = true, tailKept = false;
        while (changed && start < end)
        {
            changed = false;
            while (start < end && (char.IsWhiteSpace(text[start]) || Bullets.Contains(text[start])) && !OpensQuote(text, start, end)) { start++; changed = true; }
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            var phrase = text.AsSpan(start, end - start);
            foreach (var w in TrailingWords)
            {
                if (tailKept || !phrase.EndsWith(w)) continue;
                if (words.IsInside(end - w.Length) && TailedWordAcross(text, start, end - w.Length, end) is int wordEnd) { (end, tailKept) = (wordEnd, true); break; }
                end -= w.Length; changed = true; break;
            }
            phrase = text.AsSpan(start, end - start);
            foreach (var w in LeadingWords)
                if (phrase.StartsWith(w)) { start += w.Length; changed = true; break; }
        }
        return (start, end);
    }

    /// <summary>The end of a <see cref="TailedWords"/> word that a cut at <paramref name="cut"/> falls inside; or null.</summary>
    private static int? TailedWordAcross(string text, int floor, int cut, int limit)
    {
        foreach (var w in TailedWords)
            for (int s = Math.Max(floor, cut - w.Length + 1); s < cut; s++)
                if (s + w.Length <= limit && text.AsSpan(s, w.Length).SequenceEqual(w)) return s + w.Length;
        return null;
    }

    private const string Bullets = "+-*•·●○■□◆◇▪>#'\"“”‘’";

    /// <summary>Whether the mark at <paramref name="at"/> opens a quotation closed before <paramref name="end"/> (“五一”假期): a name's, kept whole.</summary>
    private static bool OpensQuote(string text, int at, int end) =>
        text[at] switch { '“' => text.AsSpan(at, end - at).Contains('”'), '‘' => text.AsSpan(at, end - at).Contains('’'), _ => false };

    /// <summary>
    /// The noun phrase right after a figure: 16个港口为骨干 → 港口; 136项务实有效的制度创新成果 → 务实有效的制度创新成果;
    /// across a measurement that qualifies the same noun: 两条总长近20公里的主干道 → 主干道; for a <paramref name="count"/>, not across a
    /// verb, which says what the counted things do (6颗卫星送入高度约530公里的轨道 → 卫星).
    /// </summary>
    private static (int Start, int End) Following(string text, int at, int limit, List<FigureCandidate> sentenceFigures, WordBounds words, bool count)
    {
        var phrase = FollowingFrom(text, at, limit, words);
        foreach (var next in sentenceFigures)
        {
            if (next.Start < at) continue;
            // The words up to the next figure name what that figure measures (总长), not what this one counts.
            if (next.Start > at + (phrase.End - phrase.Start) || next.Kind == FigureKind.DATE) break;
            for (int k = at; k < next.Start; k++)
            {
                if (!HanCharacters.IsHan(text[k])) return phrase;
                // 6颗卫星送入高度约530公里的轨道: a verb between says what the counted things do; they are named before it.
                if (count && k > at && !words.IsInside(k) && words.PosAt(k) is ['v', ..]) return (at, k);
            }
            return FollowingFrom(text, next.End, limit, words);
        }
        return phrase;
    }

    /// <summary>Whether a 整 at <paramref name="at"/> closes the amount before it (3200元整, 伍万元整及利息: exactly so much), naming nothing.</summary>
    private static bool ClosesAmount(string text, int at, int limit) =>
        at < limit && text[at] == '整' && (at + 1 == limit || !HanCharacters.IsHan(text[at + 1]) || text[at + 1] is '及' or '和' or '与');

    /// <summary>Whether a 前, 后 or 起 right after a date closes it (6月底前为毕业生提供岗位信息1000万条: before the end of June).</summary>
    private static bool ClosesDate(string text, FigureCandidate previous, int limit) =>
        previous.Kind == FigureKind.DATE && previous.End < limit && text[previous.End] is '前' or '后' or '起';

    private static (int Start, int End) FollowingFrom(string text, int at, int limit, WordBounds words)
    {
        // 3年至10年不等的有期徒刑: the range's spread is no noun; what follows it is.
        if (Follows(text, at, limit, "不等")) at += 2;
        if (ClosesAmount(text, at, limit)) return (at, at);
        foreach (var w in PostNumberWords)
            if (Follows(text, at, limit, w)) return (at, at);
        if (at < limit && text[at] == '的') at++;
        // 深度超过1万米的有9次: the figure bounds a group the clause goes on to count; it quantifies no noun.
        // (A word of its own, or glued to the 的 alone: not the 有 of 有期徒刑.)
        if (at + 1 < limit && text[at] is '有' or '是' or '占' && text[at - 1] == '的' && (words.IsSingleCharWord(at) || words.IsInside(at) && !words.IsInside(at + 1))) return (at, at);
        if (at < limit && text[at] is '（' or '(')
        {
            int close = text.IndexOfAny(['）', ')'], at, limit - at);
            if (close < 0) return (at, at);
            at = close + 1;
        }
        int i = at;
        bool joined = false;
        while (i < limit && i - at < MaxLength && HanCharacters.IsHan(text[i]) || (i < limit && text[i] is '（' or '）' or '、' && i > at))
        {
            char c = text[i];
            if (c == '的' && !joined && i - at <= 4 && i > at) { joined = true; i++; continue; }
            // 339个地级及以上城市: a bound inside the noun, not a conjunction ending it.
            if (c == '及' && i > at && (Follows(text, i, limit, "及以上") || Follows(text, i, limit, "及以下"))) { i += 3; continue; }
            // 23个国家和地区: one noun, the phrase news counts nations by.
            if (c is '和' or '与' && i >= at + 2 && text.AsSpan(i - 2, 2) is "国家" && Follows(text, i + 1, limit, "地区")) { i += 3; continue; }
            if (TextRules.IsFunctionChar(c)) break;
            if (StartsVerb(text, i, limit)) break;
            i++;
        }
        while (i > at && text[i - 1] is '的' or '、' or '（') i--;
        // Never up to the middle of a word: 企业参与 is not 企业参.
        while (i > at && words.IsInside(i)) i--;
        // 37家加工企业中，…: among them (not the 中 of 高中).
        if (i - at > 1 && text[i - 1] == '中' && words.IsSingleCharWord(i - 1)) i--;
        return (at, i);
    }

    private static readonly System.Buffers.SearchValues<char> VerbFirsts = System.Buffers.SearchValues.Create(string.Concat(VerbStops.Select(v => v[0])));

    private static bool StartsVerb(string text, int i, int limit)
    {
        // Read at every character of a following phrase: most start no verb at all.
        if (!VerbFirsts.Contains(text[i])) return false;
        foreach (var v in VerbStops)
            if (Follows(text, i, limit, v)) return true;
        return false;
    }
}
