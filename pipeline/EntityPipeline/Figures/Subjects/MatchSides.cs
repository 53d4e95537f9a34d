using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// The two sides of the match a report is on, so that a score whose clause names only one side, or none, is still
/// about both (GUIDELINES F9: each number of a score is its own side's). A match is stated by a verb of playing between
/// two names (甲队战胜乙队, 丙险胜江苏的丁, 甲队与乙队之战, 甲对乙) or by a score with a name on each side; it holds until
/// another is stated. The side a score was last written from leads: a later score that names nobody
/// (比分最后定格在４∶０) is written from it.
/// </summary>
internal sealed class MatchSides
{
    private static readonly string[] Verbs =
        ["战胜", "击败", "打败", "击溃", "负于", "输给", "败给", "淘汰", "力克", "力挫", "险胜", "轻取", "逼平", "战平", "迎战", "对阵", "对"];
    private static readonly string[] MeetingAfter = ["之战", "的比赛", "比赛", "交锋"];

    private string _leader = "", _other = "";

    /// <summary>The side the last score was written from, or "".</summary>
    public string Leader => _leader;

    /// <summary>Both sides of the match (甲、乙), for a level score, or "" when they are not both known.</summary>
    public string Both => _leader.Length > 0 && _other.Length > 0 ? _leader + "、" + _other : "";

    /// <summary>The other side of the match <paramref name="side"/> plays in, or "".</summary>
    public string Opponent(string side) => side.Length == 0 ? "" : side == _leader ? _other : side == _other ? _leader : "";

    /// <summary>A score written from <paramref name="side"/>: it leads from now on (the match is unchanged when it plays in it).</summary>
    public void Lead(string side)
    {
        if (side.Length == 0) return;
        if (side == _other) (_leader, _other) = (_other, _leader);
        else if (side != _leader) (_leader, _other) = (side, "");
    }

    public void Meet(string first, string second)
    {
        if (first.Length == 0 || second.Length == 0 || first == second) return;
        (_leader, _other) = (first, second);
    }

    /// <summary>Reads the matches a sentence states with a verb of playing or 与…之战 between two of its names.</summary>
    public void Read(string text, Sentence sentence, List<PlaceSpan> names)
    {
        for (int n = 1; n < names.Count; n++)
        {
            var after = names[n];
            if (MeetingAt(text, names[n - 1].End, after.Start, after.End, sentence.End) is not int at) continue;
            // The side before the verb is the sentence's first name before it that nothing governs (甲队今天…，击败了乙队).
            var first = SubjectFinder.FirstUngoverned(text, sentence.Start, at, names) ?? names[n - 1];
            Meet(text[first.Start..first.End], text[after.Start..after.End]);
        }
    }

    /// <summary>
    /// Where the text between two names states a match: a verb of playing in the second name's clause (击败了上海选手丁),
    /// 对 right after the first name, or 与/同/和 alone between them with 之战 after the second; else null.
    /// </summary>
    private static int? MeetingAt(string text, int from, int to, int afterEnd, int limit)
    {
        // A team named by its country or city (美国队与挪威队之战): 队 goes with the name before it.
        if (from < to && text[from] == '队') from++;
        int clause = ClauseBounds.ClauseStart(text, to, from);
        var between = text.AsSpan(clause, to - clause);
        if (between.IndexOf('、') >= 0) return null;
        foreach (var verb in Verbs)
            if (between.IndexOf(verb) is var at and >= 0 && (verb != "对" || clause + at == from)) return clause + at;
        if (clause == from && text.AsSpan(from, to - from) is "与" or "同" or "和")
            foreach (var word in MeetingAfter)
                if (afterEnd + word.Length <= limit && text.AsSpan(afterEnd, word.Length).SequenceEqual(word)) return from;
        return null;
    }
}
