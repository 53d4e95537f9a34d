using System.Text.RegularExpressions;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// The reporters' credit near the top of an article (本报讯记者李长云报道：, 记者 王敏 张华 报道): like the
/// dateline (GUIDELINES F9), it names who wrote the report, never what a figure is about.
/// </summary>
internal static partial class Byline
{
    private const int SearchWindow = 200;

    /// <summary>[Start, End) of the byline in the first <see cref="SearchWindow"/> characters, or null.</summary>
    public static (int Start, int End)? Find(string text)
    {
        var m = Pattern().Match(text, 0, Math.Min(text.Length, SearchWindow));
        return m.Success ? (m.Index, m.Index + m.Length) : null;
    }

    [GeneratedRegex(@"记者[\p{IsCJKUnifiedIdeographs}\s、]{2,20}?报道[：:]?")]
    private static partial Regex Pattern();
}
