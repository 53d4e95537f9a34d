using EntityPipeline.Text;

namespace EntityPipeline.Figures.Recognition;

/// <summary>Where an ordinal is a rank (GUIDELINES F6 ORDINAL): the words of ranking around 第N.</summary>
internal static class RankWords
{
    // Words that state where one stands (排名第三, 位居第二, 分列第二、第三, 升至第五位), longest first.
    private static readonly string[] Standing = ["跃升至", "排名", "名列", "位列", "位居", "稳居", "分列", "分获", "分居", "并列", "跃居", "升至", "降至", "居", "列", "排"];

    // What the standing is among, between the word and 第N (居全国第二位, 升至积分榜第二位, 位列档期第一).
    private static readonly string[] Scopes = ["积分榜", "金牌榜", "奖牌榜", "射手榜", "排行榜", "销量榜", "全国", "全球", "世界", "全省", "全市", "全区", "全县", "档期", "榜单", "同类"];

    // The tables a rank is read off (位列奖牌榜第一), which name what it ranks; not 积分榜 (the design golds write a league's rank 排名).
    private static readonly string[] Tables = ["金牌榜", "奖牌榜", "射手榜"];

    /// <summary>
    /// What a rank is a rank in, as the design golds name it: the table right before 第N (奖牌榜排名), or the world ranking the
    /// sentence speaks of before it (世界排名第7的对手; 最新世界排名中，…升至第六); else 排名.
    /// </summary>
    public static string RankingOf(string text, int start, int floor)
    {
        if (TextRules.WordBefore(text, start, floor, Tables) is { } table) return table + "排名";
        return text.AsSpan(floor, start - floor).Contains("世界排名", StringComparison.Ordinal) ? "世界排名" : "排名";
    }

    /// <summary>Whether a word of ranking of two characters or more (位列, 位居, 名列) starts at <paramref name="at"/>.</summary>
    public static bool StartsRanking(string text, int at, int limit) => TextRules.WordAt(text, at, limit, Standing) is { Length: >= 2 };

    /// <summary>从第三升至第二: the rank a team leaves, 第N between 从 and a verb of change (not 从第一天起).</summary>
    public static bool IsLeftRank(string text, int start, int end, int floor, int limit) =>
        start - 1 >= floor && text[start - 1] == '从' && end < limit && text[end] is '升' or '降' or '跌' or '跃' or '滑';

    /// <summary>
    /// 排名第三, 名列第三, 居全国第二位, 分列第二、第三, 升至第五位: 第N after a word of ranking, with what the standing is among
    /// between them, or in a list after one.
    /// </summary>
    public static bool FollowsRankWord(string text, int start, int floor) => StandingStart(text, start, floor) is not null;

    // How many characters a group a standing is among may take beyond a known scope (居全国地级市首位, 位居女双第二).
    private const int MaxGroup = 4;

    /// <summary>
    /// Where the word of ranking that 第N at <paramref name="start"/> follows starts (排名第三, 居全国第二位, 居各县（市、区）首位), or
    /// null: what the standing is among may stand between them, a known scope (全国, 积分榜), a group opened by 全 or 各 (居全省地级市
    /// 第三, 居西部各省第二) or a short one after a word of ranking of two characters (位居女双第二).
    /// </summary>
    public static int? StandingStart(string text, int start, int floor)
    {
        int at = start;
        // The second of a list (分列第二、第三) follows the same word.
        if (at - 1 > floor && text[at - 1] == '、' && text.LastIndexOf('第', at - 2, Math.Min(4, at - 1 - floor)) is int previous and >= 0) at = previous;
        if (TextRules.WordBefore(text, at, floor, Scopes) is { } scope) at -= scope.Length;
        if (TextRules.WordBefore(text, at, floor, Standing) is { } word) return at - word.Length;
        if (EachOf(text, at, floor) is int each && TextRules.WordBefore(text, each, floor, Standing) is { } before) return each - before.Length;
        for (int group = at - 1; group >= floor && at - group <= MaxGroup + 2 && HanCharacters.IsHan(text[group]); group--)
        {
            if (TextRules.WordBefore(text, group, floor, Standing) is not { } standing) continue;
            bool opened = text[group] is '全' or '各' || text.AsSpan(group, at - group).Contains('各');
            if (opened || standing.Length >= 2 && at - group <= 2) return group - standing.Length;
        }
        return null;
    }

    // How far before 第N the 各 of what a standing is among may stand (居各县（市、区）首位).
    private const int EachReach = 10;

    /// <summary>Where the 各 of what a standing is among opens (居各区县第一, 居各县（市、区）首位, 居各类起因首位), or null.</summary>
    private static int? EachOf(string text, int at, int floor)
    {
        for (int i = at - 2; i >= Math.Max(floor, at - EachReach); i--)
        {
            if (text[i] is '，' or '。' or '；' or ',' or ';') return null;
            if (text[i] == '各') return i;
        }
        return null;
    }
}
