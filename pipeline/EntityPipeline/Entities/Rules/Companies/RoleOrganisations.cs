using System.Collections.Frozen;
using System.Text.RegularExpressions;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A name before a company role and the person who holds it is an organisation: 奥康国际董事长王振滔, 大疆法务负责人韩凌. News introduces people by their firm so; the tagger, trained on 1998's text, often
/// misses the firm's modern name or reads it as a person (比亚迪/PER 董事长). The name is at most two of jieba's nouns and names
/// after a verb or punctuation (<see cref="NameWords.RunBefore"/>, as <see cref="CountedCompanies"/> takes an item); a common noun for a body (公司, 部门) or a name the
/// tagger took for a place is left alone. Not 记者: 本报讯 and 日电 stand before reporters' names. Part of the companies rule. Stateless.
/// </summary>
internal static partial class RoleOrganisations
{
    [GeneratedRegex("(?:联合创始人|创始人|副董事长|董事长|副总裁|总裁|首席执行官|副总经理|总经理|合伙人|法务负责人|负责人)")]
    private static partial Regex Role();

    private static readonly FrozenSet<string> CommonBodies = new[]
    {
        "公司", "集团", "企业", "部门", "单位", "机构", "政府", "协会", "学会", "银行", "医院", "大学", "学校", "实验室", "研究院", "基金会",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Former" and "acting" before a role (红塔集团原董事长) are no part of the name.</summary>
    private const string FormerOrActing = "原前代";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        text = text[..length];
        foreach (var role in Role().EnumerateMatches(text))
        {
            int after = role.Index + role.Length;
            if (after >= length || labels[after] == BioesLabels.Outside || BioesLabels.TypeOf(labels[after]) != EntityType.PER) continue;
            int end = role.Index;
            while (end > 0 && FormerOrActing.Contains(text[end - 1])) end--;
            while (RoleQualifiers.LengthBefore(text[..end]) is > 0 and var qualifier) end -= qualifier; // 联席 首席执行官
            int start = NameWords.RunBefore(text, words, baseOffset, end, CountedCompanies.MaxWords, CountedCompanies.MaxItem);
            if (start < 0 || CommonBodies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[start..end]) || IsOnePlace(labels, start, end)) continue;
            BioesLabels.MarkUnlessCrossed(labels, length, start, end, EntityType.ORG);
        }
    }

    private static bool IsOnePlace(int[] labels, int start, int end) =>
        labels[start] != BioesLabels.Outside && BioesLabels.TypeOf(labels[start]) == EntityType.LOC && BioesLabels.Spans(labels, end).Any(s => s == (start, end, EntityType.LOC));
}
