using EntityPipeline.Documents;
using EntityPipeline.Figures.Qualifiers;
using EntityPipeline.Figures.Recognition;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Chooses the place or organization a figure is about (GUIDELINES F7 subject) among the names of its
/// sentence. Names joined by 、 form one list (江苏、安徽). A count whose classifier is a place (两省, 四地)
/// is about the list right before it. Otherwise the subject is the first name of the figure's clause that
/// is not governed by a preposition or comparison (与浙江, 到上海, 是安徽, 来自南美, or 在X after other words of its clause:
/// 公司计划在墨西哥再开80家 locates the act, while 在浙江，… sets the scene), then
/// of the nearest clause before it, then — for a span of time in the sentence's opening clause (5年来，…) — of
/// the clauses after it (up to a colon). The two sides of a score belong to the teams named before and after it,
/// a rank that qualifies a name (排名第三的蒙特利尔银行) to that name, a rank after a word of ranking (常昊排名第一) to the
/// name right before it, and a count of places (邢台市19个县、市、区) to the place right before it.
/// </summary>
internal static class SubjectFinder
{
    // 据 names a source (据水利部统计), 由 and 被 an agent (由报社主办, 被甲追平), 使 whom something makes act (迫使甲…), 于
    // whom one serves or comes from (效力于甲队) and 自 an origin (来自南美), not what the figure is about.
    private const string Governors = "与和同跟向对从到至是较比离距达往赴据由被使于自";

    // Room for 的 and a role between an age and its person (22岁的中场, 20岁的中国棋手).
    private const int MaxAgeGap = 6;

    // 在甲地举行的比赛: the place where an event is held is its venue, not what its figures are about.
    private static readonly string[] HoldingVerbs = ["举行", "举办", "召开", "进行", "开幕", "闭幕"];

    /// <summary>A preposition, comparison or verb of relation that makes the name after it something other than the subject.</summary>
    public static bool IsGovernor(char c) => Governors.Contains(c);

    /// <summary>19个县、市、区: 个 counting places (the noun after it a place classifier).</summary>
    private static bool CountsPlaces(string text, FigureCandidate figure, int limit) =>
        figure.Unit == "个" && figure.End < limit && text[figure.End] is '省' or '市' or '县' or '区' or '镇' or '村' or '州';

    public static PlaceSpan? Choose(string text, Sentence sentence, FigureCandidate figure, List<PlaceSpan> groups)
    {
        if (groups.Count == 0) return null;
        // 两省, 邢台市19个县、市、区: a count of places is about the place or list right before it, even one a preposition governs.
        if (figure.UnitEntry is { IsPlaceClassifier: true } || CountsPlaces(text, figure, sentence.End))
        {
            for (int g = groups.Count - 1; g >= 0; g--)
                if (groups[g].End <= figure.Start && figure.Start - groups[g].End <= 2) return groups[g];
        }

        // 排名第三的蒙特利尔银行, 领先第二名云台队: a rank that qualifies a name is about it.
        if (figure.Kind == FigureKind.ORDINAL && figure.End + 1 < sentence.End
            && groups.Find(g => (text[figure.End] == '的' && g.Start == figure.End + 1) || (figure.Unit == "名" && g.Start == figure.End)) is { Length: > 0 } ranked)
            return ranked;

        int clause = ClauseBounds.ClauseStart(text, figure.Start, sentence.Start);
        int clauseEnd = ClauseBounds.ClauseEnd(text, figure.End, sentence.End);
        // 22岁中场雷纳德, 35岁的李某: an age is the person's it comes before.
        if (Ages.IsAge(figure) && groups.Find(g => g.Start >= figure.End && g.Start - figure.End <= MaxAgeGap && g.End <= clauseEnd) is { Length: > 0 } aged)
            return aged;
        // 新秀常昊排名第一: a rank after a word of ranking is the name's right before it; what the standing is among (居全省第三) is
        // no name of it.
        if (figure.Kind == FigureKind.ORDINAL && RankWords.StandingStart(text, figure.Start, clause) is int standing)
        {
            if (groups.FindLast(g => g.End <= standing && g.Start >= clause) is { Length: > 0 } rankedName) return rankedName;
            clauseEnd = standing;
        }
        if (figure.Metric == ScoreMetric)
        {
            // Each side of a score is its own team's (四川男排3∶1两胜湖北男排): the second side the team named
            // after the score in its clause, or nobody named; the first side the team named last before it.
            if (IsScoreSecondSide(text, figure, sentence.Start)) return groups.Find(g => g.Start >= figure.End && g.End <= clauseEnd) is { Length: > 0 } after ? after : (PlaceSpan?)null;
            if (groups.FindLast(g => g.End <= figure.Start && g.Start >= clause) is { Length: > 0 } before) return before;
            clauseEnd = figure.Start;
        }
        if (TopicOf(text, clause, clauseEnd, groups, figure) is { } own) return own;

        int end = clause;
        while (end > sentence.Start)
        {
            int start = ClauseBounds.ClauseStart(text, end - 1, sentence.Start);
            if (TopicOf(text, start, end, groups, null) is { } earlier) return earlier;
            end = start;
        }

        // Only a span of time that opens the sentence (5年来，…) looks ahead: a count there (两队共有10次交锋，国米…) is the opening clause's own.
        if (clause == SkipSpace(text, sentence.Start, sentence.End) && figure.Kind == FigureKind.DURATION)
        {
            int start = clauseEnd;
            // What a colon opens (这十大新闻是：（一）…) is content, not who the opening clause is about.
            while (start < sentence.End && text[start] is not ('：' or ':'))
            {
                int stop = ClauseBounds.ClauseEnd(text, start + 1, sentence.End);
                if (TopicOf(text, start + 1, stop, groups, null) is { } later) return later;
                start = stop;
            }
        }
        return null;
    }

    /// <summary>Merges names side by side or joined by 、 into groups (江苏、安徽; 江苏盐城).</summary>
    public static List<PlaceSpan> Group(string text, List<PlaceSpan> places)
    {
        var groups = new List<PlaceSpan>();
        foreach (var p in places)
        {
            if (groups.Count > 0)
            {
                var last = groups[^1];
                if (p.Start == last.End || (p.Start == last.End + 1 && text[last.End] == '、'))
                {
                    groups[^1] = new PlaceSpan(last.Start, p.End);
                    continue;
                }
            }
            groups.Add(p);
        }
        return groups;
    }

    /// <summary>The first name of [<paramref name="start"/>, <paramref name="end"/>) that no preposition or comparison governs, or null.</summary>
    public static PlaceSpan? FirstUngoverned(string text, int start, int end, List<PlaceSpan> groups) => TopicOf(text, start, end, groups, null);

    private static PlaceSpan? TopicOf(string text, int start, int end, List<PlaceSpan> groups, FigureCandidate? figure)
    {
        bool previousGoverned = false;
        foreach (var g in groups)
        {
            if (g.Start < start || g.End > end) continue;
            if (figure is not null && g.Start < figure.End && g.End > figure.Start) continue;
            char before = g.Start > start ? text[g.Start - 1] : '\0';
            // A name listed after a governed one is governed too (由报社主办、公司协办).
            // 效力于甲队 governs it; 位于乙区的地块 locates what the figure is about.
            // 从宝鸡始发的中欧班列: where what the figure counts sets out from is what it is about.
            bool governed = (Governors.Contains(before) && !(before == '于' && g.Start - 2 >= start && text[g.Start - 2] == '位')
                    && !(before == '从' && TextRules.WordAt(text, g.End, end, Departures) is not null)) || (before == '在' && (!OpensClause(text, ClauseBounds.ClauseStart(text, g.Start - 1, start), g.Start - 1) || IsVenue(text, g.End, end))) || (before == '、' && previousGoverned)
                || ReleaseWords.ReleasedBy(text, g.Start, g.End, end) || LocatingPlaces.Locates(text, g, start, end, groups) || IsOutpaced(text, g.Start, start);
            previousGoverned = governed;
            if (!governed) return g;
        }
        return null;
    }

    // Verbs of setting out right after a place governed by 从 (从义乌始发的班列).
    private static readonly string[] Departures = ["始发", "出发", "发出", "开出", "启运"];

    // 领先第二名乙队7分: the side a lead or a gap is measured against, a rank at most between.
    private static readonly string[] Margins = ["领先", "落后"];
    private const int MaxRankBetween = 3;

    /// <summary>Whether the name at <paramref name="at"/> is what a lead or gap is measured against (领先第二名乙队7分, 落后甲队3分).</summary>
    private static bool IsOutpaced(string text, int at, int floor)
    {
        for (int k = at - 2; k >= floor && at - 2 - k <= MaxRankBetween; k--)
        {
            if (TextRules.WordAt(text, k, at, Margins) is not null) return true;
            if (ClauseBounds.IsBreak(text[k + 1])) return false;
        }
        return false;
    }

    /// <summary>Whether only white space stands between the clause's start and <paramref name="at"/>.</summary>
    private static bool OpensClause(string text, int start, int at) => SkipSpace(text, start, at) == at;

    private static bool IsVenue(string text, int at, int limit)
    {
        foreach (var verb in HoldingVerbs)
            if (at + verb.Length <= limit && text.AsSpan(at, verb.Length).SequenceEqual(verb)) return true;
        return false;
    }

    private const string ScoreMetric = "比分";

    /// <summary>A side of a score (3比1, ３∶０) or a level score (２０平), whose metric the recognizer sets.</summary>
    public static bool IsScore(FigureCandidate figure) => figure.Metric == ScoreMetric;

    /// <summary>A level score (打到２０平): both sides at that number.</summary>
    public static bool IsLevelScore(string text, FigureCandidate figure) => IsScore(figure) && text[figure.End - 1] == '平';

    /// <summary>The second number of a score (the 1 of 3∶1): its team is the one named after the score, or nobody named.</summary>
    public static bool IsScoreSecondSide(string text, FigureCandidate figure, int floor) =>
        figure.Metric == ScoreMetric && figure.Start - 2 >= floor && text[figure.Start - 1] is '比' or '∶' or '：' or ':' && NumeralChars.ArabicDigit(text[figure.Start - 2]) >= 0;

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
