using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EntityPipeline.Documents;
using EntityPipeline.Figures.Recognition;
using EntityPipeline.Figures.Subjects;

namespace EntityPipeline.Figures.Periods;

/// <summary>
/// Periods that hold beyond their own sentence (GUIDELINES F7: the time the figure refers to, when stated).
/// A year, month, quarter, half-year or named stretch of time that the article's lead states (本报讯1997年，… ; 公布了1998年上半年的
/// 等级分; 去年，全县…; “五一”假期，…;
/// after a lead that only announces a release, the sentence after it: 某院今天发布工作报告。2024年，…)
/// holds for the later figures whose sentence states no time and names nobody of its own (此外，该行存款余额达…):
/// a sentence that names someone else has moved on from the lead (重庆市交通局介绍，高铁全长约292公里), and one
/// that states a time of its own starts another time frame, after which the lead's holds no more. The time a
/// list's introduction states or inherits (本轮比赛的结果是：…; 排在前20名的棋手如下：) holds for the sentences of
/// items after it, whoever they name, until a sentence without figures or one with a time of its own. The day
/// a lead reports a contest or a day's trading on (桑普拉斯今天战胜…) holds for the later figures of the report whoever they name,
/// until a sentence states another time: the report's events happen on that day. A year, month or named stretch of time that opens a sentence as a
/// clause of its own (2024年，…), or a cut-off day in a clause of its own (…，截至4月15日，…), frames the later sentences of its
/// paragraph that state none, whoever they name, and a sentence opening with 其中 holds when the sentence before it does. The time of a sentence that ends in a semicolon holds
/// for the clauses after it up to the full stop, and a figure after 同期 ("in the same period") holds at the time last stated. Feed the sentences in order: <see cref="Advance"/>, then <see cref="Inherited"/> per figure, then <see cref="Close"/>.
/// </summary>
internal sealed partial class PeriodCarry
{
    private readonly Document _document;
    private readonly string _text;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly Func<Sentence, bool> _namesSomeone;
    private string _lead = "";
    private string _leadDay = "";
    private bool _dayOfContest;
    private int _leadEnd = int.MaxValue;
    private string _list = "";
    private string _clauses = "";
    private string _frame = "";
    private int _frameLine = -1;
    private string _previous = "";
    private int _previousIndex = -1;
    private string _lastStated = "";
    private int _next;

    /// <param name="namesSomeone">Whether a sentence names a place, organisation or person a figure could be about.</param>
    public PeriodCarry(Document document, ImmutableArray<Sentence> sentences, List<FigureCandidate> candidates, Func<Sentence, bool> namesSomeone)
    {
        _document = document;
        _text = document.Text;
        _sentences = sentences;
        _namesSomeone = namesSomeone;
        if (LeadSentence.Find(_text, sentences) is not int index) return;
        ReadLead(document, sentences[index], candidates);
        // 市中级人民法院今天发布工作报告。2024年，全市…: a lead that only announces a release leaves the time to the sentence after it,
        // or the half-year it reports on (通报今年上半年工作情况。1至6月，…) to a time that sentence states. So does a lead that only
        // sets the day's occasion, with no figure (今天是世界献血者日。…2024年全市无偿献血…; 日前召开的县人大常委会会议听取了…报告。).
        var lead = sentences[index];
        bool announcesHalf = _lead.EndsWith("半年", StringComparison.Ordinal);
        var leadText = _text.AsSpan(lead.Start, lead.End - lead.Start);
        bool setsOccasion = (_leadDay.Length > 0 || leadText.Contains("日前", StringComparison.Ordinal) || leadText.Contains("近日", StringComparison.Ordinal))
            && !candidates.Exists(c => c.Start >= lead.Start && c.End <= lead.End);
        if ((_lead.Length == 0 || announcesHalf) && (_leadDay.Length == 0 || setsOccasion) && index + 1 < sentences.Length
            && (setsOccasion || ReleaseWords.Within(_text, lead.Start, lead.End))
            && ClauseBounds.LineStart(_text, sentences[index + 1].Start) == ClauseBounds.LineStart(_text, lead.Start))
        {
            var (announced, day, contest) = (_lead, _leadDay, _dayOfContest);
            ReadLead(document, sentences[index + 1], candidates);
            if (_lead.Length == 0 && _leadDay.Length == 0) (_lead, _leadDay, _dayOfContest) = (announced, day, contest);
        }
    }

    private void ReadLead(Document document, Sentence lead, List<FigureCandidate> candidates)
    {
        _leadEnd = lead.End;
        foreach (var c in candidates)
        {
            if (c.Start < lead.Start || c.End > lead.End || !IsLeadPeriod(document, c, lead)) continue;
            _lead = _text[c.Start..c.End];
            break;
        }
        if (_lead.Length == 0) _lead = YearWordOf(_text, lead);
        if (_lead.Length == 0 && PeriodFinder.CohortIn(_text, lead.Start, lead.End) is var (cohortStart, cohortEnd)) _lead = _text[cohortStart..cohortEnd];
        if (_lead.Length == 0) _lead = PeriodFinder.NamedPeriodIn(_text, lead.Start, lead.End);
        if (_lead.Length == 0) _leadDay = DayOf(_text, lead);
        _dayOfContest = ReportsContest(_text, lead);
    }

    // What a lead reports when its day holds for the later figures: a match, race or contest (比赛, 决赛, 马拉松) or a day's
    // trading (收盘, 上市首日). Elsewhere the day is when a thing opened or a report came out (新院区今天启用: its beds and floors
    // hold at no day; the design golds give 65 of the 80 figures such a day reached none).
    private static readonly string[] ContestWords = ["赛", "马拉松", "战胜", "击败", "收盘", "收报", "开盘", "上市"];

    private static bool ReportsContest(string text, Sentence lead)
    {
        var span = text.AsSpan(lead.Start, lead.End - lead.Start);
        foreach (var w in ContestWords)
            if (span.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] YearWords = ["今年", "去年", "上年", "全年", "上半年", "下半年"];

    /// <summary>
    /// A year or half-year the lead states by a word, not a number (去年，全县地区生产总值…; 上半年共完成交易…): it holds for the
    /// later figures as a dated year does; not a comparison base (比去年), nor a year's part (今年一季度, a date the candidates
    /// hold), nor 同期, nor a plan's year (完成全年计划的78%).
    /// </summary>
    private static string YearWordOf(string text, Sentence lead)
    {
        var span = text.AsSpan(lead.Start, lead.End - lead.Start);
        foreach (var w in YearWords)
        {
            int at = span.IndexOf(w);
            if (at < 0 || at > 0 && (ComparedWith.Contains(span[at - 1]) || span[at - 1] is '从' or '自')) continue;
            int after = at + w.Length;
            // 获悉，今年以来全市共破获…: a span up to now that opens a clause holds for the later figures too (not 是今年以来同类案件中最高的).
            if (span[after..].StartsWith("以来") && (at == 0 || span[at - 1] is '，' or ',' or '：'))
                return span.Slice(at, w.Length + 2).ToString();
            if (after < span.Length && (span[after..].StartsWith("同期") || NumeralChars.CanStart(span[after]) || span[after] is '前' or '第' or '上' or '下' or '底' or '末' or '初' or '以'
                || PeriodFinder.OpensPlan(span[after..])))
                continue;
            // 今年上半年: the half with its year.
            if (w[^2] == '半' && at >= 2 && span.Slice(at - 2, 2) is "今年" or "去年" or "上年") return span.Slice(at - 2, 2 + w.Length).ToString();
            return w;
        }
        return "";
    }

    /// <summary>Reads the sentences before <paramref name="index"/> that hold no figure: a list's introduction starts a list, any other ends it.</summary>
    public void Advance(int index)
    {
        for (; _next < index; _next++)
        {
            var s = _sentences[_next];
            _list = ListColon(s) is int colon ? Effective(s, PeriodFinder.At(_text, s, colon, [])) : "";
            if (!EndsInSemicolon(s)) _clauses = "";
            ReadFrame(s, []);
        }
        _next = Math.Max(_next, index);
    }

    /// <summary>The period a figure of sentence <paramref name="index"/> with none in its sentence inherits, or "".</summary>
    /// <param name="standing">
    /// The figure sums up a competition so far (a record 2胜1负, rounds played, points 积4分, a rank): the report's day is
    /// not its period, nor is any day, as the record spans the days before it.
    /// </param>
    /// <param name="at">Where the figure starts.</param>
    public string Inherited(int index, bool standing, int at)
    {
        var s = _sentences[index];
        // 同期全县新增充电桩…, …，同期更换…: the same period is the time last stated, whoever the sentence names.
        if (_lastStated.Length > 0 && SamePeriodBefore(s.Start, at)) return _lastStated;
        // 2024年全国共销售彩票…。其中，福利彩票…: a part of what the sentence before stated holds when the whole does.
        if (_previousIndex == index - 1 && _previous.Length > 0 && _text.AsSpan(s.Start).StartsWith("其中")) return _previous;
        var carried = _clauses.Length > 0 ? _clauses : _list.Length > 0 ? _list
            : _frame.Length > 0 && ClauseBounds.LineStart(_text, s.Start) == _frameLine ? _frame : FromLead(s);
        return standing && DayWords.Contains(carried) ? "" : carried;
    }

    /// <summary>
    /// After the figures of sentence <paramref name="index"/>, given the periods its figures state themselves: its list
    /// introduction starts a list; a time of its own ends one.
    /// </summary>
    public void Close(int index, List<FigureCandidate> sentenceFigures, List<string> statedPeriods)
    {
        var s = _sentences[index];
        bool statedOwnPeriod = statedPeriods.Count > 0;
        if (ListColon(s) is int colon) _list = Effective(s, PeriodFinder.At(_text, s, colon, sentenceFigures));
        else if (statedOwnPeriod) _list = "";
        // Clauses split off at a semicolon are one sentence with it: its time (自去年以来…；对413家企业…；) holds up to the stop.
        _clauses = !EndsInSemicolon(s) ? "" : statedOwnPeriod ? statedPeriods[^1] : _clauses;
        // A later sentence with a time of its own starts another time frame: the lead's no longer holds after it. The lead's
        // time restated (今年1-7月，…。1-7月，全国…) is none of its own.
        bool dated = sentenceFigures.Exists(f => f.Kind == FigureKind.DATE && !f.IsClockTime && !RestatesLead(_text[f.Start..f.End]));
        if (s.Start >= _leadEnd && (statedPeriods.Exists(p => !RestatesLead(p)) || dated)) _lead = "";
        // The report's day restated (今天…直落3盘) does not end it; another time does.
        if (s.Start >= _leadEnd && (dated || statedPeriods.Exists(p => p != _leadDay))) _leadDay = "";
        ReadFrame(s, sentenceFigures, statedOwnPeriod);
        // The sentence's first time, not a window within it (总量连续4年居全国第二位), nor a day, whose event its parts need not share.
        _previous = statedOwnPeriod && statedPeriods[0][^1] != '日' && !DayWords.Contains(statedPeriods[0]) ? statedPeriods[0] : "";
        if (statedOwnPeriod) _lastStated = statedPeriods[^1];
        _previousIndex = index;
        _next = index + 1;
    }

    /// <summary>
    /// A time that opens its sentence as a clause of its own (2024年，… ; 活动期间，…), or a cut-off day in a clause of its own
    /// anywhere in it (…3月1日开始，截至4月15日，…), frames the later sentences of its paragraph that state none; a sentence that
    /// states another time ends the frame.
    /// </summary>
    private void ReadFrame(Sentence s, List<FigureCandidate> sentenceFigures, bool statedOwnPeriod = false)
    {
        string found = "";
        for (int start = s.Start, comma; start < s.End; start = comma + 1)
        {
            comma = ClauseBounds.ClauseEnd(_text, start, s.End);
            if (comma >= s.End || _text[comma] is not ('，' or ',')) break;
            // Only the first clause, or one that opens with 截至/截止, can be a frame.
            if ((start == s.Start || _text[start] == '截') && OpeningPeriod(s, start, comma, sentenceFigures) is { Length: > 0 } opening) found = opening;
        }
        if (found.Length > 0)
        {
            // 今年1-7月，…。1-7月，…: the lead's time restated frames with the lead's words.
            _frame = RestatesLead(found) ? _lead : found;
            _frameLine = ClauseBounds.LineStart(_text, s.Start);
        }
        else if (statedOwnPeriod) _frame = "";
    }

    // 截至2025年末，全市常住人口…。全年出生人口…: the whole year restates a lead that states a year or its end.
    private bool RestatesLead(string period) =>
        _lead.Length > 0 && (_lead.EndsWith(period, StringComparison.Ordinal) || period == "全年" && WholeYear().IsMatch(_lead));

    [GeneratedRegex(@"^(\d{4}年(末|底)?|今年|去年|上年)$")]
    private static partial Regex WholeYear();

    private bool EndsInSemicolon(Sentence s) => s.End > s.Start && _text[s.End - 1] is '；' or ';';

    private string Effective(Sentence s, string own) => own.Length > 0 ? own : FromLead(s);

    private string FromLead(Sentence s) =>
        s.Start < _leadEnd ? ""
        : _lead.Length > 0 ? (_namesSomeone(s) ? "" : _lead)
        : _dayOfContest ? _leadDay : "";

    /// <summary>
    /// Whether 同期 stands in [<paramref name="start"/>, <paramref name="end"/>) for "in the same period": not a comparison's base
    /// (去年同期, 较同期, 比上年同期) nor what a multiple is of (是改造前同期的3倍).
    /// </summary>
    private bool SamePeriodBefore(int start, int end)
    {
        for (int at = _text.IndexOf("同期", start, end - start, StringComparison.Ordinal); at >= 0 && at + 2 <= end;
             at = _text.IndexOf("同期", at + 2, end - at - 2, StringComparison.Ordinal))
        {
            bool isBase = at > start && (ComparedWith.Contains(_text[at - 1]) || _text[at - 1] is '年' or '前' or '期' or '月' or '时' or '史');
            if (!isBase && !(at + 2 < end && _text[at + 2] is '的' or '相' or '比' or '同')) return true;
        }
        return false;
    }

    /// <summary>What a time word after it is compared with or runs to (比昨天, 与去年, 至今年), not when the lead's events happen.</summary>
    private const string ComparedWith = "较比与同和至到";

    /// <summary>Words that name the day a report is about.</summary>
    internal static readonly string[] DayWords = ["今天", "昨天", "今日", "昨日", "当天", "当日"];

    /// <summary>The day word a lead reports its events on (…今天在公开赛中力克对手), not a comparison base (比昨天) nor the day of a release (今天发布), or "".</summary>
    private static string DayOf(string text, Sentence lead)
    {
        var span = text.AsSpan(lead.Start, lead.End - lead.Start);
        foreach (var w in DayWords)
        {
            int at = span.IndexOf(w);
            if (at >= 0 && !(at > 0 && ComparedWith.Contains(span[at - 1])) && !PeriodFinder.OpensName(text, lead.Start + at, lead.End)
                && !ReleaseWords.AfterDay(text, lead.Start + at + w.Length, lead.End)) return w;
        }
        return "";
    }

    /// <summary>The colon that introduces a list (结果是：, 如下：), not a quotation (他说：“…).</summary>
    private int? ListColon(Sentence s)
    {
        for (int i = s.End - 1; i >= s.Start; i--)
        {
            if (_text[i] is not ('：' or ':')) continue;
            if (i + 1 < s.End && _text[i + 1] is '“' or '"' or '「' or '‘') return null;
            return i;
        }
        return null;
    }

    /// <summary>A year, month or span of them (not a day, a clock time or a since-phrase), not a comparison base, not the time of an event (1989年开业).</summary>
    private static bool IsLeadPeriod(Document document, FigureCandidate c, Sentence lead)
    {
        if (c.Kind != FigureKind.DATE || c.IsClockTime || !PeriodValue().IsMatch(c.Value)) return false;
        var text = document.Text;
        if (c.Start > lead.Start && text[c.Start - 1] is '较' or '比' or '与' or '同' or '和' or '从' or '自' or '于') return false;
        if (PeriodFinder.LastsTo(text, c.Start, lead.Start)) return false;
        if (c.End + 2 <= lead.End && text.AsSpan(c.End, 2) is "以来" or "开始") return false;
        if (c.End < lead.End && text[c.End] is '起' or '前' or '后' or '底' or '初') return false;
        return !StartsVerb(document, c.End);
    }

    /// <summary>
    /// The year, month or span of them (as a lead's, <see cref="IsLeadPeriod"/>), year word or named stretch of time that makes up the
    /// clause before <paramref name="comma"/>, or "": not a day nor a month's end (今年7月底，…成立), whose events are over by the
    /// next sentence.
    /// </summary>
    private string OpeningPeriod(Sentence s, int start, int comma, List<FigureCandidate> sentenceFigures)
    {
        if (comma == start || _text[comma - 1] is '底' or '末' or '初') return "";
        foreach (var c in sentenceFigures)
        {
            if (c.Start < start || c.End != comma || c.Kind != FigureKind.DATE) continue;
            if (CutOff(c.Start, start)) return _text[start..c.End];
            return start == s.Start && c.Start - start <= 2 && IsLeadPeriod(_document, c, s) ? _text[c.Start..c.End] : "";
        }
        if (start != s.Start) return "";
        var clause = _text.AsSpan(start, comma - start);
        if (clause.Length is 2 && YearWords.Contains(clause.ToString())) return clause.ToString();
        var named = PeriodFinder.NamedPeriodIn(_text, start, comma);
        return named.Length > 0 && clause.EndsWith(named) && clause.Length <= named.Length + 2 ? named : "";
    }

    // 截至4月15日，已有1.1亿人完成申报: a cut-off day is no event's day but the end of the stretch up to it.
    private bool CutOff(int date, int clauseStart) => date - clauseStart == 2 && PeriodFinder.OpensCutOff(_text, clauseStart);

    // Verbs that sum up over the time before them rather than date an event (今年前三季度累计采出矿石412万吨).
    private static readonly string[] Totalling = ["累计", "共计", "合计"];

    private static bool StartsVerb(Document document, int at) =>
        TokenLookup.StartingAt(document, at) is { } token && token.Pos.StartsWith('v') && !Totalling.Contains(document.Text[token.Start..token.End]);

    [GeneratedRegex(@"^(\d{4}|XXXX)(-\d{2})?(/(\d{4}|XXXX)(-\d{2})?)?$")]
    private static partial Regex PeriodValue();
}
