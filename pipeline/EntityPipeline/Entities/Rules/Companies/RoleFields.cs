using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// The field a role is over (行政总裁, 税务合伙人, 财务总监, 海外业务负责人) is no part of the firm before it nor an organisation by
/// itself: the tagger takes the field for one (该行 行政/ORG 总裁) or runs the firm into it (星河集团海外业务/ORG 负责人). An
/// organisation right before a role that ends in such a field (行政, 税务, 财务, 法务, 人事, or two characters and 业务) ends
/// before it, and one that is nothing else, or nothing but a common word for its firm, is dropped; as <see cref="RoleQualifiers"/>
/// does for 联席 and 高级. So does a university run into the discipline of the scholar, team or student after it (浙江工业大学
/// 食品科学/ORG 学者, 纽约大学营销学/ORG 教授 → the university alone; <see cref="CutDisciplines"/>). Part of the companies rule.
/// Stateless.
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

    /// <summary>The academic roles and units a discipline is written before (经济学教授, 兽医专业, 虎豹监测团队).</summary>
    private static readonly string[] AcademicRoles = ["教授", "副教授", "学者", "专家", "专业", "团队", "讲师", "研究员", "博士生", "硕士生", "学生"];

    private const string University = "大学";

    /// <summary>How a university's own unit ends besides the organisations' endings (<see cref="EntitySuffixes.Classify"/>: 学院, 研究所, 中心): 计算机系, 实验室, 课题组, 运动医学科, 伯克利分校.</summary>
    private static readonly string[] Units = ["系", "室", "组", "科", "学部", "校"];

    /// <summary>
    /// An organisation that runs on from 大学 into a discipline right before an academic role (浙江工业大学食品科学/ORG 学者,
    /// 台湾大学兽医/ORG 专业, 北京师范大学虎豹监测/ORG 团队) ends at 大学: the discipline is no unit of it, as MSRA tags its
    /// scholars (曼彻斯特大学/ORG 经济学教授, 上海交通大学/ORG 发动机专业, 河北农业大学/ORG 果树专家) and the golds do. A unit
    /// of the university (法学院, 计算机系, 非洲研究院) stays.
    /// </summary>
    public static void CutDisciplines(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf(University, StringComparison.Ordinal) < 0) return; // most sentences name no university
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || Prefixes.IndexAt(text[end..length], AcademicRoles) < 0) continue;
            int at = text[start..end].LastIndexOf(University, StringComparison.Ordinal);
            if (at < 2) continue; // no name before 大学
            int cut = start + at + University.Length;
            var discipline = text[cut..end];
            if (discipline.Length < 2 || !HanCharacters.AllHan(discipline) || EntitySuffixes.Classify(discipline) != EntitySuffixes.None
                || Prefixes.EndsWithAny(discipline, Units)) continue;
            labels.AsSpan(cut, end - cut).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, cut, type);
        }
    }
}
