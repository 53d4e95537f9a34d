using static EntityPipeline.Figures.TextRules;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Works named in title marks after a word for a work (动画电影《青丘》, 旗下新作《山海行》): a film's box office or a game's takings
/// are the work's, as the project golds write them (GUIDELINES F7: the subject is what the figure is about), and the tagger
/// tags no titles. The span is the title inside the marks, which the clause rules read as a clause of its own. A title after
/// no such word (a report: 《2025婚礼消费调查》显示) is left out.
/// </summary>
internal static class WorkTitles
{
    private static readonly string[] Works =
        ["电影", "影片", "新片", "新作", "游戏", "手游", "电视剧", "剧集", "网剧", "动画", "纪录片", "综艺", "节目", "专辑", "单曲", "小说", "作品"];

    private const int MaxTitle = 20;

    /// <summary>The titles of works in <paramref name="text"/>, without their marks.</summary>
    public static IEnumerable<PlaceSpan> Find(string text)
    {
        for (int open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            int close = text.IndexOf('》', open + 1, Math.Min(MaxTitle, text.Length - open - 1));
            if (close > open + 1 && WordBefore(text, open, Math.Max(0, open - 3), Works) is not null)
                yield return new PlaceSpan(open + 1, close);
        }
    }
}
