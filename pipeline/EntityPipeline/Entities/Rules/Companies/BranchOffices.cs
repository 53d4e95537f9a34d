using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A branch named after its company (某某集团有限公司 某市分公司, 某某银行 某省分行) is one organisation with it (E2: the longest
/// span; MSRA's 公安部出入境管理局 and the golds' branches are whole): an organisation ending in a branch's word right after
/// another organisation joins it. Part of the companies rule. Stateless.
/// </summary>
internal static class BranchOffices
{
    /// <summary>The words a branch's name ends in.</summary>
    private static readonly string[] BranchWords = ["分公司", "分行", "支行", "分局", "分院"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Join(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('分', '支') < 0) return; // most sentences name no branch
        int before = -1, beforeEnd = -1;
        // Rewriting a span's labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG)
            {
                (before, beforeEnd) = (-1, -1);
                continue;
            }
            if (start == beforeEnd && IsBranch(text[start..end]))
            {
                BioesLabels.Mark(labels, before, end, EntityType.ORG);
                beforeEnd = end;
            }
            else (before, beforeEnd) = (start, end);
        }
    }

    private static bool IsBranch(ReadOnlySpan<char> name)
    {
        foreach (var word in BranchWords)
            if (name.Length > word.Length && name.EndsWith(word)) return true;
        return false;
    }
}
