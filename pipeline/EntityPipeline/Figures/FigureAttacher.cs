using System.Collections.Immutable;
using EntityPipeline.Dates;
using EntityPipeline.Documents;
using EntityPipeline.Figures.Metrics;
using EntityPipeline.Figures.Periods;
using EntityPipeline.Figures.Qualifiers;
using EntityPipeline.Figures.Recognition;
using EntityPipeline.Figures.Subjects;

namespace EntityPipeline.Figures;

/// <summary>
/// Turns the recognized candidates of a document into figures: refines each qualifier from its context
/// and attaches metric, subject and period from its sentence. Subjects come from the entity mentions
/// when the document has them, else from the place gazetteer. 全省 and 该市 stand for the province or city named before
/// them, or, with none named, for the place the document names most, else for themselves (全市: a city the report never
/// names). A figure whose sentence names no subject takes 全国 / 我国 when its sentence says so (<see cref="NationWords"/>),
/// then the one of the sentences before it in its paragraph, then the document's main place (the one it names most, at
/// least three times and more than any other), then the place or organisation its lead is about, or its 全市. Dates,
/// points in time counted from now (３天前), windows of time (近三年, 未来10天: <see cref="TimeWindows"/>), ages that bound a group
/// (60岁及以上人口: <see cref="Ages"/>) and ordinals that label a stage, a time or a turn (第三轮, 首次) or qualify nothing (第一版)
/// carry no context. Besides the mentions, an event that opens its sentence, a work named after a word for a work and a craft or
/// product named in quotes may be a subject (<see cref="UntaggedNames"/>), an office named with its place that releases
/// figures stands for the place, and one named by its level alone (市公安局) for its division
/// (<see cref="DivisionReferences.ForOffice"/>); a person quoted (<see cref="Speakers"/>) and the sides of an exchange rate are none.
/// A figure whose sentence states no period inherits the lead's or its list's (<see cref="PeriodCarry"/>).
/// The dateline (<see cref="Dates.Dateline"/>) gives no subject and no period, nor does a place that describes the
/// person after it (<see cref="PlaceOfPerson"/>: 摩洛哥选手阿拉济) give a subject.
/// </summary>
internal sealed class FigureAttacher(PlaceGazetteer places)
{
    private const int TopicMinimum = 3;
    private const int SentencesBack = 2;
    private readonly OfficePlaces offices = new(places);

    /// <summary>
    /// 沪深两市, 中欧班列: a one-character place the tagger split from the one beside it (E6) is about both (沪深, 中欧), not the
    /// first alone; else null.
    /// </summary>
    private static PlaceSpan? AbbreviationPair(PlaceSpan span, ImmutableArray<Mention> mentions)
    {
        bool Single(int at) => mentions.Any(m => m.Type == EntityType.LOC && m.Start == at && m.End == at + 1);
        if (span.Length != 1 || !Single(span.Start)) return null;
        if (Single(span.End)) return new PlaceSpan(span.Start, span.End + 1);
        return Single(span.Start - 1) ? new PlaceSpan(span.Start - 1, span.End) : null;
    }

    public ImmutableArray<Figure> Attach(Document document, List<FigureCandidate> candidates, ImmutableArray<Mention> mentions, int? referenceYear)
    {
        var scene = Prepare(document, mentions);
        var (text, sentences, words, divisions) = (scene.Text, scene.Sentences, scene.Words, scene.Divisions);
        mentions = scene.Mentions;
        var result = ImmutableArray.CreateBuilder<Figure>(candidates.Count);
        var carry = new PeriodCarry(document, sentences, candidates, s => Groups(text, s, scene.Tagged).Count > 0);
        var match = new MatchSides();
        // Only scores use the match: a document without one reads no sentence for it.
        int matchesRead = candidates.Exists(SubjectFinder.IsScore) ? 0 : int.MaxValue;

        int k = 0;
        while (k < candidates.Count)
        {
            int index = document.SentenceAt(candidates[k].Start);
            var sentence = sentences[index];
            int stop = k;
            while (stop < candidates.Count && candidates[stop].Start < sentence.End) stop++;
            var inSentence = candidates.GetRange(k, stop - k);
            var groups = Groups(text, sentence, mentions);
            // Matches are stated in sentences without figures too (甲队与乙队之战也呈一边倒之势).
            if (matchesRead <= index)
            {
                for (; matchesRead < index; matchesRead++) match.Read(text, sentences[matchesRead], Groups(text, sentences[matchesRead], mentions));
                match.Read(text, sentence, groups);
                matchesRead = index + 1;
            }
            carry.Advance(index);
            var ownPeriods = new List<string>();

            FigureCandidate? previous = null;
            string previousMetric = "", previousSubject = "", firstSide = "", lastMeasured = "";
            FigureCandidate? lastMeasuring = null;
            bool previousMoment = false;
            foreach (var f in inSentence)
            {
                // The day of the dateline is read in its whole sentence and carries no context.
                bool inDateline = f.Start < sentence.Start;
                var own = inDateline ? document.Sentences[index] : sentence;
                // A figure in brackets glosses something (3000P（1P约等于…）): its context is the bracket.
                var gloss = ClauseBounds.Parenthetical(text, f.Start, f.End, own.Start, own.End);
                var scope = gloss is var (gs, ge) ? new Sentence(own.Index, gs, ge) : own;
                var qualifier = QualifierDetector.Refine(document, f, scope.Start, scope.End, referenceYear);
                bool bare = inDateline || CarriesNoContext(text, f, scope, inSentence, words);
                string metric = "", subject = "", period = "";
                if (!bare)
                {
                    var clause = ClauseBounds.ClauseStart(text, f.Start, scope.Start);
                    var subjectSpan = SubjectSpan(scene, index, scope, clause, f, groups);
                    bool secondSide = SubjectFinder.IsScoreSecondSide(text, f, scope.Start);
                    bool moment = IsMoment(text, f, scope, previousMoment);
                    previousMoment = moment;
                    bool levelScore = SubjectFinder.IsLevelScore(text, f);
                    // A level score (从２平打到４平) is both sides'.
                    if (levelScore && match.Both.Length > 0) subject = match.Both;
                    // 今年，市公安局计划新增智能交通信号灯400套: an office named by its level alone works for its division.
                    else if (subjectSpan is { } office && divisions.ForOffice(index, office, scene.AboutAPlace.Value) is { } served) subject = served;
                    else if (subjectSpan is { } sp) subject = AbbreviationPair(sp, mentions) is { } pair ? text[pair.Start..pair.End] : LevelAnaphora.Subject(text, sp.Start, sp.End);
                    // The other side of a score its clause does not name is the other side of the match (冯 in 甲以２２∶２０获胜).
                    else if (secondSide) subject = match.Opponent(firstSide);
                    // A clause that names nobody continues its sentence's subject (全省竹林面积约1350万亩，占全国的近两成),
                    // a score the side of the match it was last written from.
                    else if (gloss is null) subject = previousSubject.Length > 0 ? previousSubject : Unnamed(document, scene, index, scope, f, match);
                    // 每天户外活动不足2小时的学生, 树龄500年以上的古树: a threshold of a group is about no name its clause does not give.
                    // 专家提醒，孩子高热超过39℃…: advice is for whoever its clause names, not the adviser's or the report's place (the
                    // design golds give all 8 such rows none).
                    // 一般诉求在5个工作日内办结: a time limit is nobody's either, unless its clause names who keeps it.
                    if ((Norms.Advises(text, scope) || Norms.IsTimeLimit(text, f)) && SubjectFinder.FirstUngoverned(text, clause, ClauseBounds.ClauseEnd(text, f.End, scope.End), groups) is null) subject = "";
                    if (subjectSpan is null && LevelAnaphora.Find(text, clause, f.Start) is null && GroupBounds.Bounds(text, f, scope.Start, scope.End)) subject = "";
                    if (SubjectFinder.IsScore(f) && !levelScore)
                    {
                        if (!secondSide) match.Lead(firstSide = subject);
                        else if (subjectSpan is not null) match.Meet(firstSide, subject);
                    }
                    // The clauses after a score are its first side's (以２１∶１３先胜两局), not its second's.
                    if (!secondSide && !moment && !levelScore) previousSubject = subject;
                    if (moment || ExchangeRates.IsSide(text, f)) subject = "";
                    metric = moment ? "" : f.Metric ?? StandingMetric(text, f, scope) ?? MetricFinder.Find(text, scope, f, previous, previousMetric, subjectSpan, inSentence, words);
                    if (gloss is null)
                    {
                        var (measured, measuring) = (lastMeasured, lastMeasuring);
                        metric = MetricFinder.OfEarlierMeasure(metric, f, measured, measuring);
                        if (metric.Length > 0) (lastMeasured, lastMeasuring) = (metric, f);
                        // After the update: a change after a share is not of the part the share names (占全市企业总数，比五年前增加).
                        metric = MetricFinder.OfEarlierPart(text, words, metric, f, measured, measuring);
                    }
                    // A person's age (20岁的棋手周凯, 年仅19岁) describes the person: it measures nothing and holds at no time of its own.
                    if (Ages.IsAge(f) && !Ages.MeasuresAnAge(metric) && (subjectSpan?.Start >= f.End || Ages.FollowsPerson(text, f, scope.Start))) metric = "";
                    // A span of time that is itself an adverbial (5年来, 130余年来), or an event's own length (为期3个月的宣传行动,
                    // 历时161天), holds over no other time.
                    bool timeSpan = f.Kind == FigureKind.DURATION && (metric.Length == 0 || PeriodFinder.IsOwnLength(text, f, scope.Start)) && !moment;
                    var changeStart = timeSpan ? null : PeriodFinder.ChangeStart(text, scope, f, inSentence);
                    period = timeSpan ? "" : changeStart ?? PeriodFinder.Find(text, scope, f, inSentence, qualifier == Qualifier.Target);
                    if (period.Length > 0 && changeStart is null) ownPeriods.Add(period);
                    // Targets hold later than what the lead or a list states.
                    if (period.Length == 0 && changeStart is null && !timeSpan && qualifier != Qualifier.Target && gloss is null)
                        period = carry.Inherited(index, IsStanding(text, f), f.Start);
                }
                // A span of time that measures nothing (连续4年, 时隔三年) is nobody's; a person's age is the person's, the years since
                // which a body acts (5年来，三省一市…; 大桥通车5周年以来) are the body's (the seed page), and a time within which
                // something is done (在3天内退款) is whoever its clause names as doing it.
                bool adverbial = f.Kind == FigureKind.DURATION && metric.Length == 0 && !Ages.IsAge(f) && !MetricFinder.IsSinceSpan(text, f, scope.End)
                    && !MetricFinder.IsTimeWithin(text, f, scope.End);
                // What nothing dates: a place in a sequence, a structure's size on its opening day, a rule's amounts.
                period = IsSequence(f) ? "" : Norms.Period(text, scope, f, StructureFacts.Period(metric, period));
                result.Add(new Figure(f.Start, f.End, f.Kind, f.Value, f.ValueMax, f.Unit, qualifier, MetricFinder.AsShare(metric), adverbial ? "" : scene.ShortForms.Expand(places.Innermost(subject), f.Start), period));
                previous = f;
                previousMetric = metric;
            }
            RespectiveLists.Distribute(text, words, result, result.Count - inSentence.Count);
            carry.Close(index, inSentence, ownPeriods);
            k = stop;
        }
        return result.ToImmutable();
    }

    /// <summary>The document's sentences and names as its figures are attached with: the dateline and byline left out, untagged names joined.</summary>
    private Scene Prepare(Document document, ImmutableArray<Mention> mentions)
    {
        var text = document.Text;
        var sentences = document.Sentences;
        // The dateline is nobody's subject and no figure's period: its sentence starts after it, its names are left out.
        if (Dateline.Span(text) is var (datelineStart, datelineEnd))
        {
            sentences = [.. sentences.Select(s => s.Start < datelineEnd && s.End > datelineEnd ? new Sentence(s.Index, datelineEnd, s.End) : s)];
            mentions = mentions.IsDefaultOrEmpty ? mentions : [.. mentions.Where(m => m.End <= datelineStart || m.Start >= datelineEnd)];
        }
        // Nor are the reporters the byline credits.
        if (Byline.Find(text) is var (bylineStart, bylineEnd) && !mentions.IsDefaultOrEmpty)
            mentions = [.. mentions.Where(m => m.End <= bylineStart || m.Start >= bylineEnd)];
        var events = new EventNames(text);
        var quoted = new QuotedNames(text);
        // The event a report is about: the first that opens a sentence (江城马拉松今天鸣枪开跑).
        var mainEvent = new Lazy<PlaceSpan>(() => events.Openers(text, sentences).FirstOrDefault(), LazyThreadSafetyMode.None);
        // A lead's time still holds where a sentence names only a work or event (其中，动画电影《甲》以…的票房位列第一).
        var tagged = mentions;
        // Only beside a tagger's mentions, even none: without a tagger the gazetteer's places stand in for them.
        if (document.Has(Layers.Mentions))
        {
            mentions = UntaggedNames.Join(text, mentions, [.. events.Openers(text, sentences), .. WorkTitles.Find(text), .. quoted.Names, .. LeadBodies.Find(text, sentences, mentions)]);
            mentions = UntaggedNames.Join(text, mentions, [.. DatelinePlaces.Find(text, mentions), .. LeadDivisions.Find(text, sentences, mentions)], EntityType.LOC);
        }
        var words = WordBounds.From(document);
        // A place that describes a person still names the division 全县 refers to (玉衡县县长某某…。全县…).
        var divisions = new DivisionReferences(places, text, sentences, s => Places(text, s, mentions, keepPersonsPlaces: true));
        var topic = new Lazy<(string Name, int From)>(() => Topic(document, sentences, mentions, divisions), LazyThreadSafetyMode.None);
        var aboutAPlace = new Lazy<bool>(() => IsAboutAPlace(text, topic.Value, mentions), LazyThreadSafetyMode.None);
        var shortForms = new ShortForms(text, mentions, places);
        return new Scene(text, sentences, mentions, tagged, events, quoted, mainEvent, words, divisions, topic, aboutAPlace, shortForms);
    }

    /// <summary>What the figures of one document are attached with (<see cref="Prepare"/>).</summary>
    private sealed record Scene(string Text, ImmutableArray<Sentence> Sentences, ImmutableArray<Mention> Mentions, ImmutableArray<Mention> Tagged,
        EventNames Events, QuotedNames Quoted, Lazy<PlaceSpan> MainEvent, WordBounds Words, DivisionReferences Divisions,
        Lazy<(string Name, int From)> Topic, Lazy<bool> AboutAPlace, ShortForms ShortForms);

    /// <summary>
    /// The name a figure is about in its sentence: a rank's own name, the division 全省 or a body of its level stands for, an event,
    /// a quoted thing or a body referred back to, else the sentence's subject; an event's entrants are the event's. Null for none.
    /// </summary>
    private PlaceSpan? SubjectSpan(Scene scene, int index, Sentence scope, int clause, FigureCandidate f, List<PlaceSpan> groups)
    {
        var text = scene.Text;
        // 广东队和上海队分列第二、第三: each rank is its own name's.
        var span = (f.Kind == FigureKind.ORDINAL ? RespectiveRanks.Name(text, f, scope.Start, Places(text, scope, scene.Mentions)) : null)
            ?? SubjectFinder.Choose(text, scope, f, groups);
        // What a rank's standing is among (居全省第三) names nothing the rank is about: only the clause before its word of ranking does.
        int until = f.Kind == FigureKind.ORDINAL && RankWords.StandingStart(text, f.Start, clause) is int standing ? standing : f.Start;
        // 全省常住人口…: the province named last, unless the clause names a place of its own; else the sentence's subject, else 全省.
        bool namesNoneBefore = SubjectFinder.FirstUngoverned(text, clause, until, groups) is null;
        // A body named by its level alone (省林业局提出，到2030年全省森林覆盖率…) speaks for the 全省 it serves.
        if (namesNoneBefore && scene.Divisions.Find(index, clause, until, scene.AboutAPlace.Value) is var (level, named))
            span = named || span is not { } sentenceSubject || IsBodyOfLevel(text, sentenceSubject, text[level.Start + 1]) ? level : span;
        // 本届赛事共有24支队伍参赛: the event named first.
        else if (namesNoneBefore && scene.Events.Reference(text, clause, f.Start) is { } occasion) span = occasion;
        // 该芯片集成约480亿个晶体管: the thing named in quotes before.
        else if (namesNoneBefore && scene.Quoted.Reference(text, clause, f.Start) is { } thing) span = thing;
        // 该机场累计保障航班起降3.46万架次: the body named before.
        else if (namesNoneBefore && BodyReferences.Reference(text, clause, f.Start, scene.Mentions) is { } body) span = body;
        // 部分平台已将抽成比例下调至27%: some of a kind the clause opens with.
        else if (namesNoneBefore && span is null && OpeningSubjects.Find(text, clause, scope.Start, f.Start, scene.Words) is { } opening) span = opening;
        // …, and in the clauses after it too (省电力公司消息，全省最大用电负荷达到…，较去年峰值高出约25%).
        else if (span is { } office && office.End <= clause && scene.Divisions.Find(index, office.End, f.Start, scene.AboutAPlace.Value) is ({ } whole, false)
            && IsBodyOfLevel(text, office, text[whole.Start + 1])) span = whole;
        // 来自23个国家和地区的176名车手参赛, 吸引观众8.6万人次: an event's entrants, audience, tickets and purse are the event's,
        // not those of a team or place named in an earlier clause or sentence.
        if (namesNoneBefore && scene.MainEvent.Value is { Length: > 0 } main && main.Start < f.Start && (span is not { } chosen || chosen.End <= clause)
            && EventNames.Attends(text, clause, ClauseBounds.ClauseEnd(text, f.End, scope.End), winnerNamed: span is not null))
            span = main;
        return span;
    }

    /// <summary>
    /// Dates, points in time (３天前), labels (第一版, 第三轮), remarks of a turn, windows of time (近三年), ages that bound a group, and
    /// ordinals that rank nothing and qualify nothing: figures that carry no metric, subject or period.
    /// </summary>
    private static bool CarriesNoContext(string text, FigureCandidate f, Sentence scope, List<FigureCandidate> inSentence, WordBounds words) =>
        f.Kind == FigureKind.DATE || IsPointInTime(text, f, scope) || IsLabel(f) || IsRemarkOfTurn(text, f, scope)
        || TimeWindows.IsWindow(text, f, scope.Start, scope.End) || Ages.BoundsGroup(text, f, scope.Start, scope.End)
        || (f.Kind == FigureKind.ORDINAL && f.Unit != "名" && !IsRank(text, f, scope) && MetricFinder.Find(text, scope, f, null, "", null, inSentence, words).Length == 0);

    /// <summary>
    /// The subject of a figure whose sentence names nobody before it: a score's leading side, 全国 when the sentence says so, the
    /// name of an earlier sentence in the paragraph, else the document's topic from where it holds.
    /// </summary>
    private string Unnamed(Document document, Scene scene, int index, Sentence scope, FigureCandidate f, MatchSides match) =>
        SubjectFinder.IsScore(f) && match.Leader.Length > 0 ? match.Leader
        : NationWords.Find(document, scope.Start, f.Start) is { } nation ? nation
        : FromEarlierSentences(document, scene.Sentences, index, f, scene.Mentions, scene.Divisions, scene.AboutAPlace.Value) is { Length: > 0 } earlier ? earlier
        : f.Start >= scene.Topic.Value.From ? scene.Topic.Value.Name : "";

    /// <summary>
    /// A span of time that says when within the day's events something happened (１０分钟时, 于６６分钟, ３分钟过后, 开场１５分钟,
    /// ９０分钟内 of a match): it measures nothing and is nobody's, but holds in the time it falls in.
    /// </summary>
    private static bool IsMoment(string text, FigureCandidate f, Sentence scope, bool afterMoment)
    {
        if (f.Kind != FigureKind.DURATION || f.Unit is not ("分钟" or "秒")) return false;
        // 平均接通时间不少于20分钟, 通关时间可控制在30分钟以内: a level a time is held to, not a moment.
        if (TextRules.WordBefore(text, f.Start, scope.Start, HeldTo) is not null) return false;
        if (f.End < scope.End && (text[f.End] is '时' or '内' || (f.End + 2 <= scope.End && text.AsSpan(f.End, 2) is "过后" or "以内"))) return true;
        if (f.Start == scope.Start) return false;
        char before = text[f.Start - 1];
        if (before == '于' || (afterMoment && before is '和' or '、')) return true;
        // 开场１５分钟, 开场不到１５分钟: counted from the kick-off.
        int from = Math.Max(scope.Start, f.Start - 4);
        var lead = text.AsSpan(from, f.Start - from);
        return lead.Contains("开场", StringComparison.Ordinal) || lead.Contains("开赛", StringComparison.Ordinal);
    }

    // Words that hold a time to a level (控制在30分钟以内, 不少于20分钟), which make it no moment of a match.
    private static readonly string[] HeldTo = [.. MetricFinder.HoldingVerbs, "不超过", "不少于", "少于", "多于", "低于", "高于", "不低于", "不高于", "大于", "小于"];

    /// <summary>
    /// Stages of an event or a series (第三轮, 第一盘, 首场, 第二批), times and turns in one (首次, 连续第五年, 第8个月, 上映第3天,
    /// 第11号台风, 第三站, 第十届): an ordinal of one labels them, as 第一版 labels a page, and carries no metric, subject or period
    /// (GUIDELINES F7). Not 首个, 第二条, 第二大: they rank what they qualify (the seed's 首个跨省域高新区).
    /// </summary>
    private static bool IsLabel(FigureCandidate f) =>
        f.Kind == FigureKind.ORDINAL && f.Unit is "轮" or "盘" or "局" or "场" or "批" or "次" or "年" or "个月" or "月" or "天" or "日" or "周" or "号" or "站" or "届" or "期" or "版" or "赛段" or "航段";

    /// <summary>
    /// An ordinal in a clause that remarks on what was just told (这是该型火箭的第四次发射, 这是他职业生涯的第三个冠军, 这也是该队
    /// 队史第四次夺冠): it counts the event in a series, as 第一版 labels a page, and the golds give all 28 such rows no metric,
    /// subject or period (GUIDELINES F7).
    /// </summary>
    private static bool IsRemarkOfTurn(string text, FigureCandidate f, Sentence scope)
    {
        if (f.Kind != FigureKind.ORDINAL) return false;
        int clause = ClauseBounds.ClauseStart(text, f.Start, scope.Start);
        while (clause < f.Start && char.IsWhiteSpace(text[clause])) clause++;
        return TextRules.WordAt(text, clause, f.Start, RemarkOpeners) is not null;
    }

    private static readonly string[] RemarkOpeners = ["这是", "这也是", "这已是", "这还是"];

    /// <summary>
    /// What a standing measures, named as the gold decisions name it: a rank after a word of ranking (名列第三, 居全国第二位,
    /// 升至第五位) or a place (第三名) is a 排名 (<see cref="RankWords.RankingOf"/>: 奖牌榜排名, 世界排名), the points a side holds after 积 (积４分) its 积分; null for any other figure.
    /// </summary>
    private static string? StandingMetric(string text, FigureCandidate f, Sentence scope) =>
        f.Kind == FigureKind.ORDINAL && (f.Unit == "名" || (f.Unit is "" or "位" && RankWords.FollowsRankWord(text, f.Start, scope.Start))) ? RankWords.RankingOf(text, f.Start, scope.Start)
        : f.Unit == "分" && f.Start > scope.Start && text[f.Start - 1] == '积' ? "积分"
        : null;

    /// <summary>
    /// 第3艘, 第二批, 首个, 第十二届: a place in a sequence, which holds at no time (the design golds give none of 128 a period); a rank
    /// (第一, 首位, 第二名) holds when it is stated.
    /// </summary>
    private static bool IsSequence(FigureCandidate f) => f.Kind == FigureKind.ORDINAL && f.Unit is not ("" or "位" or "名");

    /// <summary>A figure that sums up a competition so far: a record or rounds played (2胜1负, 两轮), points held (积4分), a rank.</summary>
    private static bool IsStanding(string text, FigureCandidate f) =>
        f.Kind == FigureKind.ORDINAL || f.UnitEntry is { IsTally: true } || (f.Unit == "分" && f.Start > 0 && text[f.Start - 1] == '积');

    /// <summary>
    /// ３天前, 半年后: a span counted from now names a point in time, which carries no context, as a date does;
    /// 距今四千七百年前 states how old something is instead.
    /// </summary>
    private static bool IsPointInTime(string text, FigureCandidate f, Sentence scope) =>
        f.Kind == FigureKind.DURATION && f.End < scope.End && text[f.End] is '前' or '后'
        && !(f.Start - 2 >= scope.Start && text.AsSpan(f.Start - 2, 2) is "距今");

    /// <summary>
    /// A rank that ends its clause after a verb of ranking (升至第二, 降至第三位, 排名第一) or that a team leaves
    /// (从第三升至第二): it is about the ranked team or person even with no noun after it, unlike a label such as 第一版.
    /// </summary>
    private static bool IsRank(string text, FigureCandidate f, Sentence scope)
    {
        if (f.Start - 1 < scope.Start) return false;
        if (RankWords.IsLeftRank(text, f.Start, f.End, scope.Start, scope.End) || RankWords.FollowsRankWord(text, f.Start, scope.Start)) return true;
        char before = text[f.Start - 1];
        bool endsClause = f.End >= scope.End || ClauseBounds.IsBreak(text[f.End]);
        return endsClause && (before is '至' or '到' or '居' or '列' or '名' or '在' or '从' || (before == '排' && f.Start - 2 >= scope.Start));
    }

    /// <summary>A body whose name opens with the level of a division and no place (省林业局, 市教育局 for 全省, 全市).</summary>
    private static bool IsBodyOfLevel(string text, PlaceSpan body, char level) => body.Length > 2 && text[body.Start] == level;

    /// <summary>Whether the name the document mentions most (<see cref="Topic"/>, not a lead's) is a place, not a body (区教育局).</summary>
    private bool IsAboutAPlace(string text, (string Name, int From) topic, ImmutableArray<Mention> mentions) =>
        topic is { From: 0, Name.Length: > 0 }
        && (mentions.IsDefaultOrEmpty
            ? places.NameAt(topic.Name, 0, topic.Name.Length) == topic.Name.Length
            : mentions.Any(m => m.Type == EntityType.LOC && text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(topic.Name)));

    private List<PlaceSpan> Groups(string text, Sentence sentence, ImmutableArray<Mention> mentions) =>
        SubjectFinder.Group(text, Places(text, sentence, mentions));

    private List<PlaceSpan> Places(string text, Sentence sentence, ImmutableArray<Mention> mentions, bool keepPersonsPlaces = false)
    {
        List<PlaceSpan> spans;
        if (mentions.IsDefaultOrEmpty)
        {
            spans = places.Find(text, sentence.Start, sentence.End);
        }
        else
        {
            spans = [];
            // Mentions are sorted by start: find the sentence's first one instead of walking them all.
            int lo = 0, hi = mentions.Length;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (mentions[mid].Start < sentence.Start) lo = mid + 1; else hi = mid; }
            for (int i = lo; i < mentions.Length && mentions[i].Start < sentence.End; i++)
                if (mentions[i].End <= sentence.End && !StrayMentions.NamesNothing(text, mentions[i]) && (keepPersonsPlaces || !PlaceOfPerson.Describes(text, mentions, i))
                    && !Speakers.Speaks(text, mentions[i]))
                    spans.Add(offices.Jurisdiction(text, mentions[i], sentence.End));
        }
        return spans;
    }

    /// <summary>
    /// The first name no preposition governs in the nearest earlier sentence of the same paragraph that has one, or its 全省
    /// (<see cref="DivisionReferences"/>) or 全国. An office that releases figures about others is left out (记者从市统计局获悉); a
    /// hospital that releases its own is what they are about.
    /// </summary>
    private string FromEarlierSentences(Document document, ImmutableArray<Sentence> sentences, int index, FigureCandidate figure, ImmutableArray<Mention> mentions,
        DivisionReferences divisions, bool aboutAPlace)
    {
        var text = document.Text;
        int line = ClauseBounds.LineStart(text, figure.Start);
        for (int back = 1; back <= SentencesBack && index - back >= 0; back++)
        {
            var earlier = sentences[index - back];
            if (earlier.Start < line) break;
            var groups = Groups(text, earlier, mentions);
            if (SubjectFinder.FirstUngoverned(text, earlier.Start, earlier.End, groups) is { } g) return divisions.ForOffice(index - back, g, aboutAPlace) ?? text[g.Start..g.End];
            if (divisions.Find(index - back, earlier.Start, earlier.End, aboutAPlace) is var (level, _)) return LevelAnaphora.Subject(text, level.Start, level.End);
            if (NationWords.Find(document, earlier.Start, earlier.End) is { } nation) return nation;
        }
        return "";
    }

    /// <summary>
    /// The name the lead makes what it is about: its first place or organisation not governed by a preposition
    /// (本报讯1997年，工商银行与…签订了协议 → 工商银行), else the source it learns from (记者从江海重工获悉) or that office's place, for
    /// the figures after the lead, or null. People are left out:
    /// a lead's person is rarely what the article's figures are about.
    /// </summary>
    private (string Name, int From)? LeadName(string text, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions, DivisionReferences divisions)
    {
        if (LeadSentence.Find(text, sentences) is not int index) return null;
        var lead = sentences[index];
        // 市发展改革委发布…: an office named by its level alone stands for its division (the document names no place most).
        // 包头市发展和改革委员会近日发布通知: an office that releases figures stands for its place, as in any sentence.
        if (SubjectFinder.FirstUngoverned(text, lead.Start, lead.End, LeadGroups(lead, jurisdictions: true)) is { } g) return (divisions.ForOffice(index, g, aboutAPlace: false) ?? text[g.Start..g.End], lead.End);
        // 记者从南岭铁路集团获悉，…: the source the lead's paragraph learns from, from there on; an office's place for an office
        // (记者从澄州市住房公积金管理中心获悉 → 澄州市).
        int line = ClauseBounds.LineStart(text, lead.Start);
        for (int s = index; s < sentences.Length && ClauseBounds.LineStart(text, sentences[s].Start) == line; s++)
            if (ReleaseWords.Source(text, sentences[s].Start, sentences[s].End, LeadGroups(sentences[s], jurisdictions: false)) is { } source)
                return (ReleaseWords.IsOffice(text, source.Start, source.End) ? offices.PlaceOf(text, source.Start, source.End) : source) is { } about
                    ? (text[about.Start..about.End], source.End) : null;
        return null;

        List<PlaceSpan> LeadGroups(Sentence sentence, bool jurisdictions) => SubjectFinder.Group(text, mentions.IsDefaultOrEmpty
            ? places.Find(text, sentence.Start, sentence.End)
            : [.. mentions.Where(m => m.Start >= sentence.Start && m.End <= sentence.End && m.Type != EntityType.PER && !StrayMentions.NamesNothing(text, m))
                .Select(m => jurisdictions ? offices.Jurisdiction(text, m, sentence.End) : new PlaceSpan(m.Start, m.End))]);
    }

    /// <summary>
    /// The name the document mentions most often (at least <see cref="TopicMinimum"/> times, and more often than any
    /// other), for all its figures; else the lead's (<see cref="LeadName"/>, <see cref="DivisionReferences.InLead"/>); else none. From: the first
    /// offset it holds at.
    /// </summary>
    private (string Name, int From) Topic(Document document, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions, DivisionReferences divisions)
    {
        var text = document.Text;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        if (mentions.IsDefaultOrEmpty)
        {
            foreach (var s in sentences)
                foreach (var p in places.Find(text, s.Start, s.End))
                    Count(text[p.Start..p.End]);
        }
        else
        {
            foreach (var m in mentions)
                if (!StrayMentions.IsTimeZone(text, m)) Count(text[m.Start..m.End]);
        }
        // A tie (a results report naming many teams alike) leaves no name the document is about.
        string? best = null;
        int bestCount = TopicMinimum - 1, runnerUp = 0;
        foreach (var name in order)
        {
            int n = counts[name];
            if (n > bestCount) { runnerUp = best is null ? runnerUp : bestCount; best = name; bestCount = n; }
            else runnerUp = Math.Max(runnerUp, n);
        }
        return best is not null && bestCount > runnerUp ? (best, 0) : LeadName(text, sentences, mentions, divisions) ?? divisions.InLead() ?? NationWords.InLead(document, sentences) ?? ("", 0);

        void Count(string key)
        {
            if (!counts.TryGetValue(key, out int n)) order.Add(key);
            counts[key] = n + 1;
        }
    }
}
