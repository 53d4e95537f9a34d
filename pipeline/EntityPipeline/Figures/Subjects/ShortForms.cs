using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// An organisation a text names in full and then by a short form that keeps its characters in order, its first two
/// and its last (哈尔滨铁路局 … 哈尔滨局, 甲市交通运输局 … 甲市交通局), or those of the name after the place it opens with
/// (新加坡建屋发展局 … 建屋局): the short form is the same body, so a figure's subject is written in full, as the text first
/// named it (GUIDELINES F7: the organisation the figure is about). A team (中国队) is not expanded. So is a place or body named
/// again by its tail (赣州国际陆港 … 陆港, 鸥汀湿地保护区 … 保护区), unless the tail is a place of its own (江苏南京 … 南京)
/// or the rest only a place.
/// </summary>
internal sealed class ShortForms
{
    private const int MinShort = 3;
    private readonly List<(string Name, int Own, int End)> _full = [];
    private readonly HashSet<string> _fullNames = [];
    // The places and bodies named, in order, by their last character (what a tail reference must end with).
    private readonly Dictionary<char, List<(string Name, int End)>> _named = [];
    private readonly PlaceGazetteer _places;

    public ShortForms(string text, ImmutableArray<Mention> mentions, PlaceGazetteer places)
    {
        _places = places;
        if (mentions.IsDefaultOrEmpty) return;
        foreach (var m in mentions)
        {
            var name = text[m.Start..m.End];
            if (m.Type != EntityType.PER)
            {
                if (!_named.TryGetValue(name[^1], out var ending)) _named[name[^1]] = ending = [];
                ending.Add((name, m.End));
            }
            if (m.Type != EntityType.ORG || !_fullNames.Add(name)) continue;
            // Where the body's own name starts: after the place of the gazetteer it opens with (新加坡 of 新加坡建屋发展局).
            int own = places.NameAt(text, m.Start, m.End);
            _full.Add((name, name.Length - own > MinShort ? own : 0, m.End));
        }
    }

    /// <summary>The full name <paramref name="subject"/> shortens, named before <paramref name="at"/>; else the subject itself.</summary>
    public string Expand(string subject, int at)
    {
        // 中国队 after 中国游泳队: reports name a team by its country and 队 throughout, as the golds write it; no short form.
        if (subject.Length < 2 || subject[^1] == '队') return subject;
        if (subject.Length >= MinShort)
            foreach (var (name, own, end) in _full)
                if (end <= at && name.Length > subject.Length && (Shortens(subject, name) || own > 0 && Shortens(subject, name[own..]))) return name;
        return Tail(subject, at) ?? subject;
    }

    /// <summary>
    /// The last place or body named before <paramref name="at"/> that ends with <paramref name="subject"/> and two more characters
    /// before it, or null; not where those characters are only a place (邢台中桥商场 … 中桥商场, 西川省雪岭县 … 雪岭县: the name
    /// without its place is how the golds write it).
    /// </summary>
    private string? Tail(string subject, int at)
    {
        if (!_named.TryGetValue(subject[^1], out var ending) || IsPlace(subject)) return null;
        string? found = null;
        foreach (var (name, end) in ending)
            if (end <= at && name.Length >= subject.Length + 2 && name.EndsWith(subject, StringComparison.Ordinal) && !IsPlace(name[..^subject.Length])) found = name;
        return found;
    }

    private bool IsPlace(string name) =>
        _places.NameAt(name, 0, name.Length) == name.Length || DivisionReferences.OpeningDivision(name, 0, name.Length, after: 0) == name.Length;

    private static bool Shortens(string shortForm, string full)
    {
        if (shortForm[0] != full[0] || shortForm[1] != full[1] || shortForm[^1] != full[^1]) return false;
        int k = 0;
        foreach (char c in full)
            if (k < shortForm.Length && c == shortForm[k]) k++;
        return k == shortForm.Length;
    }
}
