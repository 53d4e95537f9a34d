using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Text;
using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Events a report names (全国游泳冠军赛, “江南杯”围棋公开赛, 英雄联赛全球总决赛, 春季招聘会, 农民丰收节, 甲州书展), which the tagger
/// does not tag: figures about an event (its days, entrants, prizes, audience) are the event's, as the project golds write them
/// (GUIDELINES F7: the subject is what the figure is about). A name runs back from a word for an event over Han characters, quotes
/// and digits to a break, a particle or preposition, a time word, or a verb that takes an event (参加, 举办); a quoted name opens it
/// (歌手某某“远山”巡回演唱会: the singer holds it). An event that opens its sentence (after its length at most: 为期3天的…), or that
/// a paragraph's first sentence says is held (…介绍，3日在丁湖举行的龙舟邀请赛…), is a name a subject may be chosen from
/// (<see cref="UntaggedNames"/>), with the stop of a series it names (跳水世界杯蒙特利尔站); 本届赛事, 本届比赛, 本站比赛, 本次大会
/// and 比赛期间 at a clause's start refer back to the first event named, and the word for an event alone (音乐节共有…) to the first
/// event it ends. An event's entrants, audience, tickets and purse (<see cref="Attends"/>) are the event's. Built once per document.
/// </summary>
internal sealed class EventNames
{
    // Longest first where one word ends another (总决赛 before 决赛 is not listed: a final alone is no event's name). Each ends in
    // one of <see cref="LastChars"/>.
    private static readonly string[] Ends =
        ["锦标赛", "冠军赛", "公开赛", "邀请赛", "总决赛", "大奖赛", "联赛", "大赛", "马拉松", "演唱会", "音乐节", "电影节", "艺术节", "文化节",
         "博览会", "展览会", "交易会", "招聘会", "运动会", "奥运会", "亚运会", "全运会", "世界杯", "世锦赛",
         "帆船赛", "龙舟赛", "拉力赛", "越野赛", "自行车赛", "挑战赛",
         "购物节", "丰收节", "采购节", "电商节", "风筝节", "美食节", "旅游节", "啤酒节", "灯会", "庙会", "游园会",
         "书展", "车展", "画展", "特展", "漫展", "游戏展",
         // A project is the same kind of undertaking a report is about from its first words (云岭引水工程日前全线贯通).
         "工程"];

    private static readonly int MaxEnd = Ends.Max(e => e.Length);

    // What starts no name though it is Han: verbs that take an event, time words (去年书展), and words that refer to one already named.
    private static readonly string[] Takers = ["参加", "参与", "举办", "举行", "出席", "观看", "亮相", "其中", "夺得", "获得", "赢得", "昨天", "今天", "昨晚", "今晚", "日前", "近日", "去年", "今年"];

    // Categories within an event, not events (全程马拉松1.5万人).
    private static readonly string[] Categories = ["全程", "半程"];

    private static readonly string[] References = ["本届赛事", "本届比赛", "本届大会", "本次大会", "本次比赛", "本站比赛", "本站赛事", "本届", "本站", "比赛期间", "赛事期间", "该工程", "工程建设"];

    private const int MaxName = 14;

    private readonly List<PlaceSpan> _events = [];

    // Where the holder named before an event's quoted name starts, by the event's start.
    private readonly Dictionary<int, int> _holders = [];

    public EventNames(string text)
    {
        // Every word for an event ends in one of these: look only where one stands.
        for (int last = text.AsSpan().IndexOfAny(LastChars); last >= 0; last = NextLast(text, last + 1))
        {
            if (last == 0 || !Penultimates.Contains(text[last - 1]) || WordBefore(text, last + 1, Math.Max(0, last + 1 - MaxEnd), Ends) is not { } end) continue;
            int at = last + 1 - end.Length;
            int start = NameStart(text, at);
            // 该市花灯游园会: the division before a name is whose event it is, no part of its name (全省田径锦标赛 keeps 全省); a
            // division's own project (该县供水工程) is the division's.
            if (start + 2 < at && end != "工程" && (LevelAnaphora.IsThatAt(text, start) || text[start] == '本' && LevelAnaphora.IsWholeAt(text, start))) start += 2;
            // 本轮联赛, 该赛事: a word that points back names no event.
            if (start < at && !Categories.Contains(text[start..at]) && text[start] is not ('本' or '该' or '这' or '此' or '各' or '每') && !IsDateName(text.AsSpan(start, at - start)))
            {
                // A quoted name opens the event's name (甲馆“江海”特展, 歌手某某“归途”巡回演唱会); who stands before it holds it, but
                // a division's name is part of it (甲乡“六月六”篮球赛).
                int quote = text.IndexOf('“', start + 1, at - start - 1);
                if (quote > 0 && DivisionEnds.Contains(text[quote - 1])) quote = -1;
                if (quote > 0) _holders[quote] = start;
                _events.Add(new PlaceSpan(quote > 0 ? quote : start, StopEnd(text, last + 1)));
            }
        }
    }

    // The last characters of a division's name down to a village (甲乡, 乙村), which holds an event as part of its name when it
    // stands before the event's quoted name; not LevelAnaphora's levels, which are what 全/该 refer back to (全州, 全旗).
    private const string DivisionEnds = "省市县区乡镇村";

    // A shopping season named by its date (“618”购物节, 双11购物节) is a time of year, not an event held.
    private static bool IsDateName(ReadOnlySpan<char> name)
    {
        name = name.Trim("“”\"").TrimStart('双');
        return !name.IsEmpty && (!name.ContainsAnyExcept("0123456789") || name is "十一" or "十二");
    }

    private static readonly System.Buffers.SearchValues<char> LastChars = System.Buffers.SearchValues.Create("赛会节松杯程展");

    // The character before the last of every word for an event: most 会 and 程 (社会, 过程) end none.
    private static readonly System.Buffers.SearchValues<char> Penultimates = System.Buffers.SearchValues.Create(string.Concat(Ends.Select(e => e[^2])));

    private static int NextLast(string text, int from)
    {
        if (from >= text.Length) return -1;
        int found = text.AsSpan(from).IndexOfAny(LastChars);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// The events that open their sentence (江城马拉松今天鸣枪开跑), their holder before them at most (歌手某某“远山”巡回演唱会), or that
    /// a paragraph's first sentence says are held; one named further in otherwise (在甲赛上, 参加了甲赛) is where or what others take
    /// part in.
    /// </summary>
    public IEnumerable<PlaceSpan> Openers(string text, ImmutableArray<Sentence> sentences) =>
        _events.Where(e => _holders.GetValueOrDefault(e.Start, e.Start) is var from && sentences.Any(s => s.Start <= from && e.Start < s.End
            && (from - s.Start <= MaxLead && Opens(text.AsSpan(s.Start, from - s.Start)) || IsHeld(text, e) && OpensParagraph(text, s))));

    // A sentence no other sentence of its paragraph comes before (a dateline may: 本报甲州9月25日电 …).
    private static bool OpensParagraph(string text, Sentence s)
    {
        int line = ClauseBounds.LineStart(text, s.Start);
        return text.AsSpan(line, s.Start - line).IndexOfAny("。！？!?") < 0;
    }

    // What is said of an event held (…锦标赛开幕, 丰收节22日在甲镇开幕, 3日开幕的动漫展): in a paragraph's first sentence, an
    // event so said is what the paragraph reports, wherever the sentence names it.
    private static readonly string[] Held = ["开幕", "闭幕", "开赛", "举行", "举办", "开园", "落幕", "收官", "鸣枪", "开跑", "揭幕", "启幕"];

    // Room for a day and a place between an event and what is said of it (22日在甲镇开幕).
    private const int MaxHeldGap = 10;

    /// <summary>Whether the clause says the event is held, opens or closes, right after its name or in a clause before it that ends in 的.</summary>
    private static bool IsHeld(string text, PlaceSpan e)
    {
        // The gap, then the two characters of what is said.
        int end = ClauseBounds.ClauseEnd(text, e.End, Math.Min(text.Length, e.End + MaxHeldGap + 2));
        for (int k = e.End; k + 2 <= end; k++)
            if (WordAt(text, k, end, Held) is not null) return true;
        return e.Start >= 3 && text[e.Start - 1] == '的' && WordBefore(text, e.Start - 1, e.Start - 3, Held) is not null;
    }

    // Room for a short opening clause and 为期3天的 or 第十二届 before an event that opens its sentence.
    private const int MaxLead = 16;

    // A clause before the event this short is a time or an occasion (端午佳节，…), not a clause about something else.
    private const int MaxOpeningClause = 6;

    /// <summary>
    /// Nothing before the event but blanks, a short opening clause or a day and time, and its length, edition or year
    /// (为期3天的海风音乐节日前落幕; 端午佳节，第十二届江滨国际龙舟邀请赛今天开赛; 17日7时30分，2024岚城马拉松鸣枪开跑; 2025年江城马拉松…).
    /// </summary>
    private static bool Opens(ReadOnlySpan<char> before)
    {
        before = before.Trim();
        int comma = before.LastIndexOf('，');
        if (comma > MaxOpeningClause && !IsClockTime(before[..comma]) || before[..Math.Max(0, comma)].IndexOfAny('。', '，') >= 0) return false;
        before = before[(comma + 1)..].Trim();
        return before.IsEmpty || before.StartsWith("为期") && before.EndsWith("的") || IsEdition(before) || before.Length == 5 && IsYear(before.ToString(), 4);
    }

    // Room for a day and a time of day in digits (17日7时30分).
    private const int MaxClockTime = 12;

    /// <summary>17日7时30分: a day and a time of day, digits and their units only.</summary>
    private static bool IsClockTime(ReadOnlySpan<char> clause)
    {
        if (clause.Length > MaxClockTime) return false;
        foreach (char c in clause)
            if (!char.IsAsciiDigit(c) && c is not ('年' or '月' or '日' or '时' or '分' or '点' or '许')) return false;
        return true;
    }

    /// <summary>第十二届, 第3届: an event's edition, which is no part of its name.</summary>
    private static bool IsEdition(ReadOnlySpan<char> text) => text.Length >= 3 && text[0] == '第' && text[^1] == '届';

    /// <summary>The first event of the document when [<paramref name="start"/>, <paramref name="end"/>) opens with a word that refers to one (本届赛事), else null.</summary>
    public PlaceSpan? Reference(string text, int start, int end)
    {
        if (_events.Count == 0 || _events[0].End > start) return null;
        int at = start;
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        // 为期10天的本届世锦赛: the event's length before the word.
        if (Follows(text, at, end, "为期") && text.IndexOf('的', at, Math.Min(MaxLead, end - at)) is var of and > 0) at = of + 1;
        if (WordAt(text, at, end, References) is not null) return _events[0];
        // 音乐节共有42组乐队登台: the word for an event alone refers back to the event it names.
        if (WordAt(text, at, end, Ends) is { } word)
            foreach (var e in _events)
                if (e.End <= start && text.AsSpan(e.Start, e.End - e.Start).EndsWith(word)) return e;
        return null;
    }

    // Words of an event's entrants, audience and tickets (来自23个国家和地区的176名车手参赛, 吸引观众8.6万人次, 门票); its purse
    // (总奖金) too, but a prize is the winner's where the sentence names one (周凯…获得冠军奖金80万元).
    private static readonly string[] Attendance = ["参赛", "观众", "观看", "门票", "售票"];
    private static readonly string[] Purse = ["奖金"];

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) counts an event's entrants, audience or tickets (共有来自22个国家和地区的
    /// 158名运动员参赛), or its purse when <paramref name="winnerNamed"/> is false.
    /// </summary>
    public static bool Attends(string text, int start, int end, bool winnerNamed)
    {
        var clause = text.AsSpan(start, end - start);
        foreach (var word in winnerNamed ? Attendance : [.. Attendance, .. Purse])
            if (clause.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    // Room for a stop's place or number between a series and 站 (蒙特利尔站, 第二站).
    private const int MaxStop = 6;

    /// <summary>The end of an event with its stop (跳水世界杯蒙特利尔站, 速度滑冰世界杯第二站): a series' stop is the event reported.</summary>
    private static int StopEnd(string text, int end)
    {
        for (int k = end; k < text.Length && k - end <= MaxStop; k++)
        {
            if (text[k] == '站') return k > end ? k + 1 : end;
            if (!HanCharacters.IsHan(text[k]) || IsNameBreak(text[k])) break;
        }
        return end;
    }

    /// <summary>Whether the 年 at <paramref name="at"/> ends a year written in digits (2025年).</summary>
    private static bool IsYear(string text, int at) => text[at] == '年' && at >= 4 && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at - 4]);

    /// <summary>Where the name before the event word at <paramref name="at"/> starts (at itself when it has none).</summary>
    private static int NameStart(string text, int at)
    {
        int start = at;
        while (start > 0 && at - start < MaxName)
        {
            char c = text[start - 1];
            // 第十二届 before a name is its edition, 2025年 its year (a bare 2024 is part of a brand: 2024岚城马拉松).
            if (!(HanCharacters.IsHan(c) || c is '“' or '”' or '"' || char.IsAsciiDigit(c)) || IsNameBreak(c) || c == '届' || IsYear(text, start - 1)
                || ClauseBounds.IsBreak(c) && c is not ('“' or '”')) break;
            if (WordBefore(text, start, Math.Max(0, start - 2), Takers) is not null) break;
            start--;
        }
        return start;
    }
}
