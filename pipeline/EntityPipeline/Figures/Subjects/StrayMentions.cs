using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// Mentions the tagger finds inside a phrase of time or direction, or that name bodies of a kind (全县养老院, 36所职业学校), which
/// are never what a figure is about.
/// </summary>
internal static class StrayMentions
{
    /// <summary>A direction tagged alone or a place that names a time zone: part of a phrase, never what a figure is about.</summary>
    public static bool NamesNothing(string text, Mention m) =>
        IsStrayDirection(text, m) || IsStrayTimeWord(text, m) || IsTimeZone(text, m) || IsKindInDivision(text, m) || IsCountedKind(text, m);

    // Classifiers of bodies.
    private const string Classifiers = "所家个座支";

    /// <summary>12所职业学校 or 两家农商行 tagged ORG: what a count counts, bodies of a kind and not one named body.</summary>
    private static bool IsCountedKind(string text, Mention m) =>
        m.Type == EntityType.ORG && m.Start >= 2 && Classifiers.Contains(text[m.Start - 1]) && CountNumerals.Is(text[m.Start - 2]);

    /// <summary>
    /// 全县养老院 or 全市技工学校 tagged ORG: every body of that kind in the division the text names, which stands for them
    /// (<see cref="LevelAnaphora.IsWholeAt"/>), not one body.
    /// </summary>
    private static bool IsKindInDivision(string text, Mention m) => m.Type == EntityType.ORG && m.Start >= 2 && LevelAnaphora.IsWholeAt(text, m.Start - 2);

    /// <summary>周 of 当周, 届 of 2023届, 年 or 月 tagged alone: a word of time, never what a figure is about (日 alone may be Japan: 访日).</summary>
    private static bool IsStrayTimeWord(string text, Mention m) => m.End - m.Start == 1 && text[m.Start] is '周' or '月' or '年' or '届' or '前' or '季';

    /// <summary>南 tagged alone (北起福州，南至厦门) is a direction, never what a figure is about.</summary>
    private static bool IsStrayDirection(string text, Mention m) => m.End - m.Start == 1 && text[m.Start] is '东' or '南' or '西' or '北' or '中';

    /// <summary>纽约时间下午3时, 北京时间: a place that names a time zone is part of a time, nothing a figure is about.</summary>
    public static bool IsTimeZone(string text, Mention m) => m.Type == EntityType.LOC && text.AsSpan(m.End).StartsWith("时间");
}
