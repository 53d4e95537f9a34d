using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A rare surname the tagger left outside a given name of two after a noun for a person, where <see cref="RoleWordPersons.JoinSurnames"/>
/// cannot reach it: the surname makes a place with the role's last character (茶商 丘|某某 read as the city 商丘, 菜农 安|某某 as
/// 农安), or it is also a conjunction or a verb (和, 过: 投递员 和|某某 在, 负责人 过|某某 说; jieba often runs it into the given name, 和春). The place is dropped and the name takes
/// the surname in; after 和 or 过 only where the name is followed by a character that ends names (在, 说), so that the role and
/// 和 start a list only when a phrase follows. MSRA's training text holds one person after a role and 和 and one that opens with
/// 和 there. Part of the person-names rule. Stateless.
/// </summary>
internal static class RoleSurnames
{
    private const string WordSurnames = "和过";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        var spans = BioesLabels.Spans(labels, length).ToList();
        for (int i = 0; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            if (type != EntityType.PER || end - start != 2 || start < 3 || !HanCharacters.AllHan(text[(start - 3)..end])) continue;
            if (i > 0 && spans[i - 1] is (int placeStart, int placeEnd, EntityType.LOC) && placeEnd == start && placeStart == start - 2
                && IsRole(text[..(start - 1)]))
            {
                labels[start - 2] = BioesLabels.Outside;
                BioesLabels.Mark(labels, start - 1, end, type);
                continue;
            }
            if (labels[start - 1] != BioesLabels.Outside || labels[start - 2] != BioesLabels.Outside || !WordSurnames.Contains(text[start - 1])
                || end >= length || !NameContext.NameEnds.Contains(text[end])) continue;
            var before = text[..(start - 1)];
            if (!PersonCues.IsTitle(before) && !"户商民员农人".Contains(before[^1])) continue;
            BioesLabels.Mark(labels, start - 1, end, type);
        }
    }

    /// <summary>Whether the text ends in a trader's or a grower's noun (茶商, 菜农).</summary>
    private static bool IsRole(ReadOnlySpan<char> text) =>
        text[^1] switch
        {
            '商' => Prefixes.EndsWithAny(text[..^1], RoleWordPersons.TraderStems),
            '农' => Prefixes.EndsWithAny(text[..^1], RoleWordPersons.GrowerStems),
            _ => false,
        };
}
