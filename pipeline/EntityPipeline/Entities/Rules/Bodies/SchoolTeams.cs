using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A school's team in a contest (某某大学队, 某某学院战队, 某大学联队) is the school, the team word outside it: the design golds cut all
/// five such teams so and keep none whole (MSRA's training text keeps one 大学代表队 whole; its dev holds none). Teams of a club,
/// a place or a force (某某队, 某县代表队, 某某救援队) are not the rule's. Part of the bodies rule. Stateless.
/// </summary>
internal static class SchoolTeams
{
    /// <summary>The words of a team after the school, longest first.</summary>
    private static readonly string[] TeamWords = ["代表队", "联队", "战队", "队"];

    private static readonly string[] SchoolEnds = ["大学", "学院"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('队') < 0) return;
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG) continue;
            var name = text[start..end];
            int team = 0;
            foreach (var word in TeamWords)
                if (name.EndsWith(word)) { team = word.Length; break; }
            int cut = end - team;
            if (team == 0 || cut - start < 4 || !Prefixes.EndsWithAny(text[start..cut], SchoolEnds)) continue;
            labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, cut, EntityType.ORG);
        }
    }
}
