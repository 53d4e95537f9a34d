using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// Two natural features of one kind joined by 和 or 与 (某河和某河, 某山与某山) are two mentions, not one name (E2's spans are names; a
/// coordination is none): a place the tagger ran across the conjunction, both sides two characters or more and ending in the
/// same place word, splits around it. Names with 和 inside (共和国, 和平) end no side in such a word. Part of the division-chains
/// rule. Stateless.
/// </summary>
internal static class CoordinatedPlaces
{
    /// <summary>The one-character words natural features of a kind end in; divisions are left to the chains' split (某区和睦街道某社区).</summary>
    private const string KindWords = "河江湖山岛海";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('和', '与') < 0) return; // most sentences have no conjunction
        // Rewriting a span's labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC) continue;
            int at = text[start..end].IndexOfAny('和', '与');
            if (at < 2 || end - start - at - 1 < 2) continue;
            int conjunction = start + at;
            char kind = text[end - 1];
            if (text[conjunction - 1] != kind || !KindWords.Contains(kind)) continue;
            labels.AsSpan(start, end - start).Clear();
            BioesLabels.Mark(labels, start, conjunction, EntityType.LOC);
            BioesLabels.Mark(labels, conjunction + 1, end, EntityType.LOC);
        }
    }

    /// <summary>The conjunctions of a list of places (某港和某地, 某地、某地).</summary>
    private const string Conjunctions = "和、";

    /// <summary>
    /// How the words before a person end that name their role (市长, 总统, 主席, 首相, 大使, 记者, 教授): a person there is one,
    /// whatever is listed with them (某市市长某某和华人代表).
    /// </summary>
    private const string RoleEndings = "人者员客民户友主属工师长理统席相官使督授家";

    /// <summary>与, which joins a person to a place (在某地与某某会晤) unless the two are twinned (<see cref="Twinned"/>).</summary>
    private const char With = '与';

    /// <summary>The conjunctions and 与, one of which a sentence must hold for the rule to look at it.</summary>
    private const string ListOrWith = "和、与";

    /// <summary>The words that twin two towns (某市与某某结好, 结为友好城市): what stands on each side of 与 before them is a place.</summary>
    private static readonly string[] Twinnings = ["结好", "友好城市", "友城", "姐妹城市"];

    /// <summary>Whether the rest of a clause twins the towns 与 joins.</summary>
    private static bool Twinned(ReadOnlySpan<char> rest)
    {
        foreach (var word in Twinnings)
            if (rest.IndexOf(word) >= 0) return true;
        return false;
    }

    /// <summary>The punctuation that ends a clause, up to which a list's items are read.</summary>
    private const string ClauseEnds = "，。；：！？,;:!?";

    /// <summary>
    /// A name the tagger read as a person, listed with a place over 和 or 、 (某某和青州都是…城市, 北岭和某某的牧场), or joined to
    /// one by 与 in a clause that twins them (某市与某某结好), is a place: a list joins names of one kind. Not where a name touches the list from outside (a place before each person: 河南某县某某、
    /// 江西某县某某), nor where a person follows in the clause (南非总统某某和科特迪瓦总统某某: the places there say whose), nor a
    /// person after a word for a role (市长某某和华人代表). MSRA's training text lists a person with a place so 7 times in 42,750
    /// sentences, most of them a person's work or statue (表扬某某和某乡的工作). Part of the division-chains rule.
    /// </summary>
    public static void RetypePersons(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny(ListOrWith) < 0) return; // most sentences list nothing
        var spans = BioesLabels.Spans(labels, length).ToList();
        for (int i = 0; i + 1 < spans.Count; i++)
        {
            var (first, second) = (spans[i], spans[i + 1]);
            if (second.Start != first.End + 1 || !Conjunctions.Contains(text[first.End]) && text[first.End] != With) continue;
            int person = (first.Type, second.Type) switch { (EntityType.PER, EntityType.LOC) => i, (EntityType.LOC, EntityType.PER) => i + 1, _ => -1 };
            if (person < 0) continue;
            var name = spans[person];
            if (name.End - name.Start < 2 || !HanCharacters.AllHan(text[name.Start..name.End])) continue;
            if (i > 0 && spans[i - 1].End == first.Start || i + 2 < spans.Count && spans[i + 2].Start == second.End) continue;
            if (name.Start > 0 && RoleEndings.Contains(text[name.Start - 1])) continue;
            int clauseEnd = second.End;
            while (clauseEnd < length && !ClauseEnds.Contains(text[clauseEnd])) clauseEnd++;
            bool personAfter = false;
            for (int j = i + 2; j < spans.Count && spans[j].Start < clauseEnd; j++) personAfter |= spans[j].Type == EntityType.PER;
            if (personAfter || text[first.End] == With && !Twinned(text[second.End..clauseEnd])) continue;
            BioesLabels.Mark(labels, name.Start, name.End, EntityType.LOC);
            spans[person] = (name.Start, name.End, EntityType.LOC);
        }
    }
}
