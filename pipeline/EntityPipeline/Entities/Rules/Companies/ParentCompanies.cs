using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A word for how two firms or bodies are related (母公司, 全资子公司, 旗下, 下属, 控股股东) is no part of either name: the tagger runs the firm
/// before it into it (谷歌母公司, 腾讯全资子公司) or both firms and the word into one (优衣库母公司迅销集团, 京东物流控股股东京东集团).
/// An organisation that holds one, or ends in its first characters (京东物流控股|股东), is cut around it: what stands before and
/// after it, two characters or more, are organisations (谷歌, 迅销集团); the word itself is none (guidelines E8: 公司 with
/// common words is generic). So is 控股 as the verb, after the firm that holds (某某集团控股的某港, 由某某公司控股). Part of the
/// companies rule, run after the known companies. Stateless.
/// </summary>
internal static class ParentCompanies
{
    /// <summary>Longer words first, so 旗下子公司 is cut whole.</summary>
    private static readonly string[] Relations =
        ["旗下全资子公司", "旗下子公司", "全资子公司", "控股子公司", "全资孙公司", "第一大股东", "控股股东", "参股公司", "关联公司", "子公司", "母公司", "大股东", "旗下", "下属"];

    private const int MinName = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG) continue;
            int from = start;
            for (int at = start; at < end; at++)
            {
                // A word that starts inside and runs past the end counts too (京东物流控股|股东: 控股 ends a firm's name as well).
                int relation = Prefixes.LengthAt(text[at..length], Relations);
                if (relation == 0) continue;
                Retag(labels, from, at);
                labels.AsSpan(at, Math.Min(relation, end - at)).Fill(BioesLabels.Outside);
                from = at + relation;
                at = from - 1;
            }
            if (from > start && from < end) Retag(labels, from, end);
            else if (from == start && IsHoldingVerb(text, start, end, length)) Retag(labels, start, end - Holds.Length);
        }
    }

    private const string Holds = "控股";

    /// <summary>
    /// Whether the organisation ends in 控股 used as the verb, the firm holding what follows (某某集团控股的某港, 由某某公司控股):
    /// before 的, or after 由 or 被, 控股 says who holds a firm; a holding company's name (某某控股发布财报) is followed by neither.
    /// </summary>
    private static bool IsHoldingVerb(ReadOnlySpan<char> text, int start, int end, int length) =>
        end - start >= Holds.Length + MinName && text[start..end].EndsWith(Holds)
        && (end < length && text[end] == '的' || start > 0 && text[start - 1] is '由' or '被');

    /// <summary>Marks [<paramref name="start"/>, <paramref name="end"/>) an organisation when it is long enough to be a name, else clears it.</summary>
    private static void Retag(int[] labels, int start, int end)
    {
        if (end - start >= MinName) BioesLabels.Mark(labels, start, end, EntityType.ORG);
        else labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
    }
}
