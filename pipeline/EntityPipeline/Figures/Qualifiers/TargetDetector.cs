using static EntityPipeline.Figures.TextRules;
using EntityPipeline.Documents;
using EntityPipeline.Figures.Recognition;

namespace EntityPipeline.Figures.Qualifiers;

/// <summary>
/// Decides whether a figure states a goal, plan or forecast (GUIDELINES F5 target): its clause says
/// 规划 / 计划 / 预计 / 力争 / 目标 / 拟 (规划建设3000P; not 利率目标区间, 目标的86%) or what a project does once finished (通水后可惠及),
/// or a verb of reaching (达到, 缩短至, 提高到 …) leads to it while
/// its paragraph looks ahead (将, 未来, 届时, or 到 a year after the reference year: 到2025年…达到70%), or 将 itself
/// states a forecast in the figure's clause (将增加1000亿美元), or the goal is named after it (5%左右的预期目标), or a forecast
/// or plan word stands earlier in its sentence and the figure's clause states nothing done (某厅预计，…全年投资增长12%-15%;
/// 预计总产量可达98万吨，平均亩产约3700斤; not for 预期寿命, life expectancy). The
/// value a change starts from (由45分钟缩短至15分钟: 45) is not a target. Dates are never targets. A bound in a plan (拟回购不低于1亿元)
/// is a target too: GUIDELINES F5's target overrides the other values.
/// </summary>
internal static class TargetDetector
{
    // How far before the figure 将 may stand: anywhere up to this, but only as a word of its own before a verb beyond NearFutureVerb.
    private const int NearFutureVerb = 3, MaxFutureVerb = 12;

    private static readonly string[] PlanWords = ["规划", "计划", "预计", "力争", "目标", "有望", "可望", "争取", "预期", "拟", "承诺", "确保", "预测", "预估", "打算"];

    // Where a plan word names a fact: a target range set (利率目标区间), a goal's or a plan's share already met (目标的86%, 计划的78%), a simulation (模拟).
    private static readonly string[] NotPlans = ["预期寿命", "目标区间", "目标的", "计划的", "规划面积", "模拟", "虚拟"];

    /// <summary>
    /// Words whose forecast or plan runs on to the sentence's later clauses: 预计，…; 县农业农村局预计总产量可达98万吨，平均亩产约3700斤;
    /// 主要预期目标是：…; 拟向股东每10股派发3.5元，合计派发约1.2亿元.
    /// </summary>
    private static readonly string[] ForecastVerbs = ["预计", "预测", "估计", "预报", "目标是", "目标：", "拟", "计划", "规划"];

    private static readonly string[] ReachVerbs =
    [
        "达到", "达", "增至", "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "缩短至", "缩短到", "降至", "降到",
        "降低到", "降低至", "减少到", "减少至", "突破", "控制在", "保持在", "扩大到", "扩大至", "增长到", "增长至",
        "上升到", "上升至", "下降到", "下降至", "超过", "压缩到", "压缩至", "延长到", "延长至",
    ];

    public static bool IsTarget(Document document, FigureCandidate figure, int floor, int? referenceYear)
    {
        string text = document.Text;
        if (figure.Kind is FigureKind.DATE or FigureKind.ORDINAL) return false;
        int clause = ClauseBounds.ClauseStart(text, figure.Start, floor);
        var clauseText = text.AsSpan(clause, figure.Start - clause);
        // 由45分钟缩短至15分钟: the starting point of a change is a fact, even in a plan.
        if (clauseText.EndsWith("由") || clauseText.EndsWith("从")) return false;
        if (IsShareOfPlan(clauseText)) return false;
        if (NamesPlan(clauseText) || OnceDone(clauseText)) return true;
        // 实现全年5%左右的预期目标: the goal named after the figure in its clause.
        int clauseEnd = ClauseBounds.ClauseEnd(text, figure.End, text.Length);
        if (text.AsSpan(figure.End, clauseEnd - figure.End).Contains("目标", StringComparison.Ordinal)) return true;
        // 某厅预计，四季度…，全年工业投资增长12%-15%: a forecast verb that opens the sentence governs its later clauses' amounts
        // (not a span of time there: 未来24小时 is when the forecast holds).
        // 投产后每年可提供清洁电能约16亿千瓦时，可满足约67万户…: what a project will do once finished, to the sentence's end.
        // 全市将在重点林区设立检查站215个，投入护林员3400名: the future 将 of an earlier clause holds for the clauses it joins.
        if (figure.Kind != FigureKind.DURATION && (ForecastOpens(text, floor, clause) || OnceDone(SentenceBefore(text, floor, clause)) || FutureOpens(document, floor, clause) && !ContainsAny(clauseText, Extents))
            && clauseText.IndexOfAny('已', '了') < 0) return true;
        // 将增加1000亿美元, 将派出两名: a forecast stated in the figure's own clause.
        if (StatesFuture(document, clause, figure.Start)) return true;

        bool reached = false;
        foreach (var v in ReachVerbs)
            if (clauseText.EndsWith(v)) { reached = true; break; }

        int line = ClauseBounds.LineStart(text, figure.Start);
        var scope = text.AsSpan(line, figure.Start - line);
        bool goalYear = MentionsFutureYear(scope, referenceYear);
        // 到2027年，广东将建成5G基站40万个: 将 in the figure's clause under a goal year.
        if (goalYear && FutureAuxiliary(clauseText) >= 0) return true;
        if (!reached) return false;
        // 将 / 未来 / 届时 look ahead only within the figure's own sentence: "…将缩短至50分钟。截至目前，已超过1,100公里" is a fact.
        var sentence = scope[(scope.LastIndexOfAny("。！？；") + 1)..];
        return goalYear || FutureAuxiliary(sentence) >= 0 || sentence.Contains("未来", StringComparison.Ordinal) || sentence.Contains("届时", StringComparison.Ordinal);
    }

    // Verbs of a share met before a plan or goal (完成全年目标任务的76%, 占年度计划60公里的70%).
    private static readonly string[] SharesMet = ["完成", "占"];

    /// <summary>
    /// The share of a plan, goal or forecast already met (完成全年目标任务的76%, 占年度计划60公里的70%, 占今年预计总产量的64%): a fact, however
    /// the plan is worded before the 的 that ends the clause before the figure.
    /// </summary>
    private static bool IsShareOfPlan(ReadOnlySpan<char> clauseText)
    {
        if (!clauseText.EndsWith("的")) return false;
        int plan = -1;
        foreach (var word in PlanWords) plan = Math.Max(plan, clauseText.LastIndexOf(word));
        return plan > 0 && ContainsAny(clauseText[..plan], SharesMet);
    }

    private static bool NamesPlan(ReadOnlySpan<char> span) => HasPlanWord(span) && !ContainsAny(span, NotPlans);

    // What ends a body's name after a plan word (自然资源和规划局, 规划院, 计划委员会): the body's, no plan.
    private const string BodyEnds = "局院委署厅馆";

    private static bool HasPlanWord(ReadOnlySpan<char> span)
    {
        foreach (var w in PlanWords)
            if (LastPlanWord(span, w) >= 0) return true;
        return false;
    }

    /// <summary>Where the last <paramref name="word"/> in <paramref name="span"/> that ends no body's name starts, or -1.</summary>
    private static int LastPlanWord(ReadOnlySpan<char> span, string word)
    {
        for (int at = span.LastIndexOf(word); at >= 0; at = at == 0 ? -1 : span[..at].LastIndexOf(word))
            if (at + word.Length == span.Length || !BodyEnds.Contains(span[at + word.Length])) return at;
        return -1;
    }

    // What a project does once finished (建成后可…, 通水后可惠及…, 投产后将…): a forecast.
    private static readonly string[] Completions = ["建成", "完成", "开通", "投产", "投运", "投用", "通车", "通水", "落成", "竣工"];

    // Room for a time between 后 and its modal (投产后每年可).
    private const int MaxBeforeModal = 3;

    private static bool OnceDone(ReadOnlySpan<char> clause)
    {
        for (int i = 2; i + 1 < clause.Length; i++)
            if (clause[i] == '后' && ContainsAny(clause[(i - 2)..i], Completions) && clause[(i + 1)..Math.Min(clause.Length, i + 2 + MaxBeforeModal)].IndexOfAny('可', '将') >= 0)
                return true;
        return false;
    }

    /// <summary>The figure's sentence up to its clause.</summary>
    private static ReadOnlySpan<char> SentenceBefore(string text, int floor, int clause)
    {
        var span = text.AsSpan(floor, clause - floor);
        return span[(span.LastIndexOfAny("。！？；") + 1)..];
    }

    /// <summary>
    /// Whether a forecast or plan word (<see cref="ForecastVerbs"/>) stands in the figure's sentence before its clause, and no clause
    /// since says what is already so (全省计划义务植树5000万株，目前已有…参与，栽植苗木1860万株: the plan ends there).
    /// </summary>
    private static bool ForecastOpens(string text, int floor, int clause)
    {
        var opening = SentenceBefore(text, floor, clause);
        int last = -1;
        foreach (var verb in ForecastVerbs)
            last = Math.Max(last, LastPlanWord(opening, verb));
        if (last < 0 || ContainsAny(opening, NotPlans)) return false;
        var since = opening[last..];
        return !since.Contains('已') && !since.Contains("目前", StringComparison.Ordinal);
    }

    /// <summary>
    /// 将 as the future auxiliary of the verb that governs the figure (将增加, 将派出, 将把): a few characters before it,
    /// with no list between (将句容、…、太仓7个百强县串联 moves things, 将重点发展…、…三大产业 lists them) and no 了 (将产量提高了
    /// 5万吨 reports what was done). Right before the figure 将 is a 把 (火箭将6颗卫星送入轨道), not the future. Further before it,
    /// 将 must be a word of its own followed by a verb, adverb or preposition (将新增专家坐席6个, 将在林区设立检查站215个; not the 把
    /// of 将基准利率下调25个基点, nor 即将), and the verb must not say how far something reaches (将服务沿线13个省区市).
    /// </summary>
    private static bool StatesFuture(Document document, int clause, int figureStart)
    {
        var span = document.Text.AsSpan(clause, figureStart - clause);
        int i = FutureAuxiliary(span);
        if (i < 0 || span.Length - i - 1 > MaxFutureVerb) return false;
        var verb = span[(i + 1)..];
        if (verb.Length == 0 || verb.Contains('了') || verb.Contains('、')) return false;
        return verb.Length <= NearFutureVerb || IsFutureWord(document, clause + i, verb);
    }

    /// <summary>Whether an earlier clause of the figure's sentence states the future by 将 as <see cref="StatesFuture"/> reads it far from a figure, and no clause since says what is already so.</summary>
    private static bool FutureOpens(Document document, int floor, int clause)
    {
        var opening = SentenceBefore(document.Text, floor, clause);
        int at = FutureAuxiliary(opening);
        if (at < 0) return false;
        int absolute = clause - opening.Length + at;
        int end = ClauseBounds.ClauseEnd(document.Text, absolute, clause);
        var verb = document.Text.AsSpan(absolute + 1, end - absolute - 1);
        var since = opening[at..];
        return IsFutureWord(document, absolute, verb) && !since.Contains('已') && !since.Contains("目前", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the 将 at <paramref name="at"/> is a word of its own before a verb, adverb or preposition, and <paramref name="verb"/>,
    /// what follows it, reports nothing done (了) and no extent.
    /// </summary>
    private static bool IsFutureWord(Document document, int at, ReadOnlySpan<char> verb) =>
        TokenLookup.StartingAt(document, at) is { Length: 1 } && TokenLookup.StartingAt(document, at + 1) is { Pos: ['v' or 'p' or 'd', ..] }
        && !verb.Contains('了') && !ContainsAny(verb, Extents);

    // Verbs of how far something reaches or spreads (将服务沿线13个省区市, 将波及全部50个州, 分布在8个市镇): what the count counts is there already.
    private static readonly string[] Extents = ["服务", "波及", "覆盖", "连接", "串联", "途经", "经过", "穿越", "辐射", "贯穿", "连通", "惠及", "分布"];

    /// <summary>The last 将 of <paramref name="span"/> that marks the future: not 将近 (approx), 将军, 将领, nor 已将 / 曾将 (a past 把); else -1.</summary>
    private static int FutureAuxiliary(ReadOnlySpan<char> span)
    {
        for (int i = span.LastIndexOf('将'); i >= 0; i = span[..i].LastIndexOf('将'))
        {
            if (i + 1 < span.Length && span[i + 1] is '近' or '军' or '领' or '士' or '帅' or '官') continue;
            if (i > 0 && span[i - 1] is '已' or '曾' or '大' or '主' or '老' or '武' or '名' or '猛' or '干' or '小' or '少' or '女') continue;
            return i;
        }
        return -1;
    }

    /// <summary>到2025年 / 至2030年 (not 截至) with a year after the reference year (any such year when the reference is unknown).</summary>
    private static bool MentionsFutureYear(ReadOnlySpan<char> scope, int? referenceYear)
    {
        for (int i = 0; i + 5 < scope.Length; i++)
        {
            // 截至2022年底: a fact as of a date, not a goal.
            if (i > 0 && scope[i - 1] == '截') continue;
            if (GoalYears.At(scope, i) is int year && (referenceYear is null || year > referenceYear)) return true;
        }
        return false;
    }
}
