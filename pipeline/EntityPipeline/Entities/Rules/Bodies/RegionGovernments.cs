using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// The government of Hong Kong or Macao is one organisation with the department written after it (香港特区政府统计处,
/// 澳门特区政府社会工作局; every project gold writes them so, and People's Daily tags 香港特区政府 ORG), where the tagger
/// splits off the region as a place (香港特区/LOC 政府统计处) or misses the government: the government's name, then at most
/// <see cref="MaxDepartment"/> characters of Han words that end in jieba's word for an office (…局, …署, …处, …司). Part of the
/// bodies rule. Stateless.
/// </summary>
internal static class RegionGovernments
{
    private static readonly string[] Governments = ["香港特别行政区政府", "澳门特别行政区政府", "香港特区政府", "澳门特区政府"];

    private const string Offices = "局署处司";

    private const int MaxDepartment = 12;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf("政府", StringComparison.Ordinal) < 0) return;
        foreach (var government in Governments)
        {
            for (int at = text[..length].IndexOf(government, StringComparison.Ordinal); at >= 0;)
            {
                int end = at + government.Length;
                if (DepartmentEnd(text, words, baseOffset, end, length) is int department) end = department;
                if ((at == 0 || BioesLabels.CanStart(labels[at])) && (end == length || BioesLabels.CanStart(labels[end])))
                    BioesLabels.Mark(labels, at, end, EntityType.ORG);
                int next = text[end..length].IndexOf(government, StringComparison.Ordinal);
                at = next < 0 ? -1 : end + next;
            }
        }
    }

    /// <summary>The end of the department's name that starts at <paramref name="from"/>: jieba's words, Han only and not opened by a conjunction or preposition, the last ending in an office's character; else null.</summary>
    private static int? DepartmentEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int from, int length)
    {
        int w = 0;
        while (w < words.Length && words[w].Start - baseOffset < from) w++;
        // A conjunction or preposition right after the government opens another body (香港特区政府与某某公司), no department.
        if (w == words.Length || words[w].Start - baseOffset != from || words[w].Pos is "c" or "p") return null;
        for (; w < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || end - from > MaxDepartment || !HanCharacters.AllHan(text[start..end])) return null;
            if (Offices.Contains(text[end - 1])) return end;
        }
        return null;
    }

    /// <summary>The characters that end the name of a district or a division above it (青川县, 槟江州, 东湾区); not a township's 镇 or 乡, which MSRA dev tags alone before 政府 (three of three).</summary>
    private const string Divisions = "州市县区";

    /// <summary>
    /// A division's government is one organisation with the division (某某县政府, 某某州政府, 某某市政府): where the tagger found the
    /// place and left 政府 untagged right after it, both become the organisation (a name and its division's word, not a bare 市区 or
    /// 特区), as the design golds tag every place's 政府 written right after it (twelve, none split) and CLUENER does. MSRA's training text mostly tags the place alone (77 times; the
    /// government whole 8), as it did 人民政府 before the bodies rule joined it (E4); its dev set does not move.
    /// </summary>
    public static void JoinPlaces(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf("政府", StringComparison.Ordinal) < 0) return;
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end - start < 3 || !Divisions.Contains(text[end - 1]) || text[start..end].EndsWith("特区")
                || !text[end..length].StartsWith("政府")
                || !BioesLabels.AllOutside(labels, end, end + 2)) continue;
            BioesLabels.Mark(labels, start, end + 2, EntityType.ORG);
        }
    }
}
