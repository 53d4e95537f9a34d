using System.Text.RegularExpressions;
using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A name before a company role and the person who holds it is an organisation: 奥康国际董事长王振滔, 大疆法务负责人韩凌. News introduces people by their firm so; the tagger, trained on 1998's text, often
/// misses the firm's modern name or reads it as a person (比亚迪/PER 董事长). The name is at most two of jieba's nouns and names
/// after a verb or punctuation (<see cref="CountedCompanies.NamesBefore"/>); a common noun for a body (公司, 部门) or a name the
/// tagger took for a place is left alone. Not 记者: 本报讯 and 日电 stand before reporters' names. Part of the companies rule. Stateless.
/// </summary>
internal static partial class RoleOrganisations
{
    [GeneratedRegex("(?:联合创始人|创始人|副董事长|董事长|副总裁|总裁|首席执行官|副总经理|总经理|合伙人|法务负责人|负责人)")]
    private static partial Regex Role();

    private static readonly HashSet<string> CommonBodies = ["公司", "集团", "企业", "部门", "单位", "机构", "政府", "协会", "学会", "银行", "医院", "大学", "学校", "实验室", "研究院", "基金会"];

    /// <summary>"Former" and "acting" before a role (红塔集团原董事长) are no part of the name.</summary>
    private const string FormerOrActing = "原前代";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var sentence = text[..length].ToString();
        foreach (Match role in Role().Matches(sentence))
        {
            int after = role.Index + role.Length;
            if (after >= length || labels[after] == BioesLabels.Outside || BioesLabels.TypeOf(labels[after]) != EntityType.PER) continue;
            int end = role.Index;
            while (end > 0 && FormerOrActing.Contains(sentence[end - 1])) end--;
            int start = CountedCompanies.NamesBefore(sentence, words, baseOffset, end);
            if (start < 0 || CommonBodies.Contains(sentence[start..end]) || IsOnePlace(labels, start, end)) continue;
            CountedCompanies.MarkItem(labels, length, start, end);
        }
    }

    private static bool IsOnePlace(int[] labels, int start, int end) =>
        labels[start] != BioesLabels.Outside && BioesLabels.TypeOf(labels[start]) == EntityType.LOC && BioesLabels.Spans(labels, end).Any(s => s == (start, end, EntityType.LOC));
}
