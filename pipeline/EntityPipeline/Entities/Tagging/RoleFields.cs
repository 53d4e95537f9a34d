using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The field a role is over (行政总裁, 税务合伙人, 财务总监, 海外业务负责人) is no part of the firm before it nor an organisation by
/// itself: the tagger takes the field for one (该行 行政/ORG 总裁) or runs the firm into it (星河集团海外业务/ORG 负责人). An
/// organisation right before a role that ends in such a field (行政, 税务, 财务, 法务, 人事, or two characters and 业务) ends
/// before it, and one that is nothing else, or nothing but a common word for its firm, is dropped; as <see cref="RoleQualifiers"/>
/// does for 联席 and 高级. Part of the companies rule. Stateless.
/// </summary>
internal static class RoleFields
{
    private static readonly string[] Fields = ["行政", "税务", "财务", "法务", "人事"];

    /// <summary>A line of business (国际业务, 养老业务), its two characters and 业务.</summary>
    private const string Business = "业务";

    private const int BusinessField = 2;

    private static readonly string[] Roles = ["总裁", "副总裁", "首席", "合伙人", "负责人", "总监", "副总监", "主管", "总经理", "副总经理", "经理"];

    private static readonly string[] CommonBodies = ["公司", "集团", "企业", "该行", "本行"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || Prefixes.IndexAt(text[end..length], Roles) < 0) continue;
            var name = text[start..end];
            int field = name.EndsWith(Business) ? Math.Min(name.Length, Business.Length + BusinessField)
                : Prefixes.EndsWithAny(name, Fields) ? 2 : 0;
            if (field == 0) continue;
            int cut = end - field;
            labels.AsSpan(cut, field).Fill(BioesLabels.Outside);
            if (cut - start < 2 || CommonBodies.Contains(text[start..cut].ToString())) labels.AsSpan(start, cut - start).Fill(BioesLabels.Outside);
            else BioesLabels.Mark(labels, start, cut, type);
        }
    }
}
