using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// Words that qualify a company role (联席首席执行官, 轮值董事长, 高级副总裁, 新任首席执行官, 董事总经理) are no part of the firm before them nor an
/// organisation by themselves: an organisation that ends in one right before a role ends before it (辉瑞高级 → 辉瑞), and one that is
/// nothing else, or nothing but a common word for its firm (公司联席), is dropped. <see cref="RoleOrganisations"/> looks past them
/// for the firm. Part of the companies rule. Stateless.
/// </summary>
internal static class RoleQualifiers
{
    public static readonly string[] Qualifiers = ["联席", "轮值", "新任", "候任", "高级", "常务", "执行", "首席", "全球", "董事"];

    private static readonly string[] Roles = ["首席", "董事", "总裁", "副总裁", "总经理", "副总经理", "主席", "副主席", "执行官", "合伙人", "CEO"];

    private static readonly string[] CommonBodies = ["公司", "集团", "企业"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || !StartsWithRole(text[end..length])) continue;
            int cut = end;
            while (LengthBefore(text[start..cut]) is > 0 and var qualifier) cut -= qualifier;
            if (cut == end) continue;
            labels.AsSpan(cut, end - cut).Fill(BioesLabels.Outside);
            if (cut - start < 2 || CommonBodies.Contains(text[start..cut].ToString())) labels.AsSpan(start, cut - start).Fill(BioesLabels.Outside);
            else BioesLabels.Mark(labels, start, cut, type);
        }
    }

    /// <summary>Whether <paramref name="text"/> starts with a company role (首席执行官, 董事长, CEO).</summary>
    public static bool StartsWithRole(ReadOnlySpan<char> text) => Prefixes.IndexAt(text, Roles) >= 0;

    /// <summary>The length of the qualifier <paramref name="name"/> ends with, or 0.</summary>
    public static int LengthBefore(ReadOnlySpan<char> name)
    {
        foreach (var qualifier in Qualifiers)
            if (name.EndsWith(qualifier)) return qualifier.Length;
        return 0;
    }
}
