namespace EntityPipeline.Figures;

/// <summary>Where an ordinal is a rank (GUIDELINES F6 ORDINAL): the words of ranking around 第N.</summary>
internal static class RankWords
{
    /// <summary>从第三升至第二: the rank a team leaves, 第N between 从 and a verb of change (not 从第一天起).</summary>
    public static bool IsLeftRank(string text, int start, int end, int floor, int limit) =>
        start - 1 >= floor && text[start - 1] == '从' && end < limit && text[end] is '升' or '降' or '跌' or '跃' or '滑';

    /// <summary>排名第三, 名列第三, 居第二, 列第三, 排第二: 第N after a word that states a standing, not a change of it (升至第二).</summary>
    public static bool StatesStanding(string text, int start, int floor) =>
        (start - 1 >= floor && text[start - 1] is '居' or '列' or '排')
        || (start - 2 >= floor && text.AsSpan(start - 2, 2) is "排名" or "名列" or "位列" or "位居");

    /// <summary>排名第三, 位居第二, 降至第五: 第N after a word of ranking.</summary>
    public static bool FollowsRankWord(string text, int start, int floor) =>
        (start - 1 >= floor && text[start - 1] == '居')
        || (start - 2 >= floor && text.AsSpan(start - 2, 2) is "排名" or "名列" or "位列" or "位居" or "升至" or "降至");
}
