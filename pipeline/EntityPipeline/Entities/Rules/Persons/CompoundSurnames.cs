using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A person with a rare compound surname (澹台, 鲜于, 闾丘) and a given name of two characters: the tagger, which met few of them,
/// tags the surname alone or nothing. A person span that is such a surname alone runs on over the two Han characters after it,
/// and an untagged surname and two Han characters after a noun for a person (<see cref="NameContext.PersonBefore"/>) are a
/// person, unless a character of the given name ends names (说, 在, 的 …). Only surnames that are no Chinese word (not 东方,
/// 西门, 南宫, 长孙; not 濮阳, a city) and none after 新 (新闻人). Part of the person-names rule. Stateless.
/// </summary>
internal static class CompoundSurnames
{
    private static readonly FrozenSet<string> Surnames = new[]
    {
        "欧阳", "诸葛", "上官", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "司徒", "夏侯", "端木", "澹台", "淳于", "申屠", "钟离", "赫连",
        "呼延", "万俟", "独孤", "公冶", "宗政", "左丘", "梁丘", "闾丘", "鲜于", "闻人", "亓官", "颛孙", "巫马", "公良", "东郭",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int GivenName = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        var lookup = Surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int start = 1; start + 2 + GivenName <= length; start++)
        {
            int end = start + 2 + GivenName;
            if (!lookup.Contains(text.Slice(start, 2)) || text[start - 1] == '新' || !HanCharacters.AllHan(text[start..end])
                || text[(start + 2)..end].ContainsAny(NameContext.NameEnds)) continue;
            if (labels.AsSpan(start + 2, GivenName).ContainsAnyExcept(BioesLabels.Outside) || (end < length && labels[end] != BioesLabels.Outside)) continue;
            bool alone = labels[start] == BioesLabels.Label(EntityType.PER, BioesLabels.B) && labels[start + 1] == BioesLabels.Label(EntityType.PER, BioesLabels.E)
                && labels[start - 1] == BioesLabels.Outside;
            bool untagged = !labels.AsSpan(start - 1, 3).ContainsAnyExcept(BioesLabels.Outside) && NameContext.PersonBefore(text[..start]);
            if (!alone && !untagged) continue;
            BioesLabels.Mark(labels, start, end, EntityType.PER);
            start = end;
        }
    }
}
