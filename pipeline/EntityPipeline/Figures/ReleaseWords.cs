namespace EntityPipeline.Figures;

/// <summary>
/// How a report names who releases its figures and when (国家统计局今天发布数据, 海关总署13日公布, 民航局数据显示, 文化和旅游部数据中心
/// 测算): the source is not what the figures are about, and the day of the release is not when they hold.
/// </summary>
internal static class ReleaseWords
{
    private static readonly string[] Words = ["发布", "公布", "通报", "披露", "测算", "统计", "监测", "数据", "显示", "消息"];

    // The day a release is dated (今天, 9日, 日前) between the source and its verb.
    private const string DayChars = "今昨明前近当本日天月号周0123456789０１２３４５６７８９一二三四五六七八九十";

    /// <summary>Whether a word of releasing starts at <paramref name="at"/>.</summary>
    public static bool StartAt(string text, int at, int limit)
    {
        foreach (var word in Words)
            if (at + word.Length <= limit && text.AsSpan(at, word.Length).SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>Whether the name ending at <paramref name="at"/> is the source of a release: a day at most, then a word of releasing.</summary>
    public static bool FollowSource(string text, int at, int limit)
    {
        int i = at;
        while (i < limit && i - at < 4 && DayChars.Contains(text[i])) i++;
        return StartAt(text, i, limit);
    }
}
