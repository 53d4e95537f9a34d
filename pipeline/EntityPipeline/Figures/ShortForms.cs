using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>
/// An organisation a text names in full and then by a short form that keeps its characters in order, its first two
/// and its last (哈尔滨铁路局 … 哈尔滨局, 甲市交通运输局 … 甲市交通局), or those of the name after the place it opens with
/// (新加坡建屋发展局 … 建屋局): the short form is the same body, so a figure's subject is written in full, as the text first
/// named it (GUIDELINES F7: the organisation the figure is about). A team (中国队) is not expanded.
/// </summary>
internal sealed class ShortForms
{
    private const int MinShort = 3;
    private readonly List<(string Name, int Own, int End)> _full = [];

    public ShortForms(string text, ImmutableArray<Mention> mentions, PlaceGazetteer places)
    {
        if (mentions.IsDefaultOrEmpty) return;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.ORG) continue;
            var name = text[m.Start..m.End];
            if (_full.Exists(f => f.Name == name)) continue;
            // Where the body's own name starts: after the place of the gazetteer it opens with (新加坡 of 新加坡建屋发展局).
            int own = places.NameAt(text, m.Start, m.End);
            _full.Add((name, name.Length - own > MinShort ? own : 0, m.End));
        }
    }

    /// <summary>The full name <paramref name="subject"/> shortens, named before <paramref name="at"/>; else the subject itself.</summary>
    public string Expand(string subject, int at)
    {
        // 中国队 after 中国游泳队: reports name a team by its country and 队 throughout, as the golds write it; no short form.
        if (subject.Length < MinShort || subject[^1] == '队') return subject;
        foreach (var (name, own, end) in _full)
            if (end <= at && name.Length > subject.Length && (Shortens(subject, name) || own > 0 && Shortens(subject, name[own..]))) return name;
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
