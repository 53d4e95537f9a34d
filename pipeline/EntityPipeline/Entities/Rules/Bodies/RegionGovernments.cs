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

    /// <summary>The end of the department's name that starts at <paramref name="from"/>: jieba's words, Han only, the last ending in an office's character; else null.</summary>
    private static int? DepartmentEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int from, int length)
    {
        int w = 0;
        while (w < words.Length && words[w].Start - baseOffset < from) w++;
        if (w == words.Length || words[w].Start - baseOffset != from) return null;
        for (; w < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end > length || end - from > MaxDepartment || !HanCharacters.AllHan(text[start..end])) return null;
            if (Offices.Contains(text[end - 1])) return end;
        }
        return null;
    }
}
