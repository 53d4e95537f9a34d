using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>
/// An organisation a text names in full and then by a short form that keeps its characters in order, its first two
/// and its last (哈尔滨铁路局 … 哈尔滨局, 甲市交通运输局 … 甲市交通局): the short form is the same body, so a figure's
/// subject is written in full, as the text first named it (GUIDELINES F7: the organisation the figure is about).
/// </summary>
internal sealed class ShortForms
{
    private const int MinShort = 3;
    private readonly List<(string Name, int End)> _full = [];

    public ShortForms(string text, ImmutableArray<Mention> mentions)
    {
        if (mentions.IsDefaultOrEmpty) return;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.ORG) continue;
            var name = text[m.Start..m.End];
            if (!_full.Exists(f => f.Name == name)) _full.Add((name, m.End));
        }
    }

    /// <summary>The full name <paramref name="subject"/> shortens, named before <paramref name="at"/>; else the subject itself.</summary>
    public string Expand(string subject, int at)
    {
        if (subject.Length < MinShort) return subject;
        foreach (var (name, end) in _full)
            if (end <= at && name.Length > subject.Length && Shortens(subject, name)) return name;
        return subject;
    }

    private static bool Shortens(string shortForm, string full)
    {
        if (shortForm[0] != full[0] || shortForm[1] != full[1] || shortForm[^1] != full[^1]) return false;
        int k = 0;
        foreach (char c in full)
            if (k < shortForm.Length && c == shortForm[k]) k++;
        return k == shortForm.Length;
    }
}
