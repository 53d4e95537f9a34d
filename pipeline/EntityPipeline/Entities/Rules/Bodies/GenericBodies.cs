using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A generic word for a body standing alone (公司, 实验室, 联合实验室, 村党支部, 总部, 理事会, 总领馆, 救援队, 基金会, 组委会, 董事局,
/// 代表团, 督察组, 财务部, 管理局, 事务所, 工作站, 基地, 联系点, 公证处) points back to a body named before it, and is not
/// annotated (guidelines E8: generic words and anaphoric short forms are not entities). The tagger learnt MSRA's habit of
/// tagging some of them (公司 45 times in its training text, of thousands; not 常委会, which MSRA tags bare for the standing
/// committee named before, 7 times in its dev text; nor 联盟, which the figures stage takes as the subject for an alliance
/// named before, figures-modern5 −8; nor 秘书处, 国家队 or 领事部, which MSRA tags bare: of the words added in session 41, MSRA's training
/// text tags 管理局 bare 3 times and leaves it 2, 公证处 2 and 2, 基地 2 and 192, and tags none of the others bare; of those added in
/// session 43, 商会 2 and 9, 检查组 1 and 10, 代表队 0 and 11; of a school's 医学院, 商学院 and 法学院, added in session 53, none bare and
/// leaves 法学院 4); an organisation that is one of these words whole
/// is dropped, and so is one of these words (or 联盟) and a department of it (商会办公室, 集团技术中心: <see cref="IsDepartmentOfGeneric"/>;
/// MSRA's training text tags 12 such mentions, 3 of them 街道办事处, which stays). An organisation run on into 团队 (a team of it: 华山医院神经外科团队) stops before it: the team has no name of
/// its own (one 团队 ends an organisation in MSRA's training text); so does one run on into the delegation, team or inspection
/// group a body sends (某某协会代表团, 某某常委会执法检查组: <see cref="DelegationAt"/>). Nor is a ministry's name the tagger cut from the common 部门
/// after it (交通运输部|门) one, nor a counted body the tagger took with its classifier (4支筛查队). A refined model whose corrections tag them (Resume's bare
/// 公司) decodes without the rule (DomainRules). A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class GenericBodies
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "公司", "分公司", "子公司", "总公司", "集团", "总部", "工厂", "厂", "银行", "大学", "学院", "学校", "医院", "法院", "政府",
        "研究院", "研究所", "研究中心", "中心", "实验室", "工作室", "办公室", "委员会", "协会", "俱乐部", "党委", "党支部",
        "村党支部", "村委会", "居委会", "团队", "门店", "公司总部", "理事会", "执委会", "救援队", "总领馆", "领事馆", "大使馆",
        "使馆", "村民委员会", "居民委员会", "街道", "街道办", "项目", "项目部", "联合实验室", "基金会",
        "董事局", "董事会", "代表团", "组委会", "门诊部", "教务处", "督察组", "寺管会", "财务部", "党总支", "村党总支", "农场",
        "村镇银行", "农商行", "新公司", "监测中心", "枢纽", "总商会", "编写组", "报告编写组", "党工委", "街道党工委", "神经外科",
        "事务所", "会计师事务所", "律师事务所", "工作站", "法律援助工作站", "资源库", "联系点", "宠物医院", "基地", "管理处", "公证处",
        "管理局", "邮政支局", "餐饮公司", "商会", "检查组", "执法检查组", "代表队", "医学院", "商学院", "法学院",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Drop(ReadOnlySpan<char> text, int[] labels, int length)
    {
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG) continue;
            if (words.Contains(text[start..end]) || IsCutDepartment(text, end, length) || IsCounted(text, start) || IsDepartmentOfGeneric(text[start..end]))
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            else if (end - start > Team.Length + 1 && text[start..end].EndsWith(Team))
            {
                labels.AsSpan(end - Team.Length, Team.Length).Fill(BioesLabels.Outside);
                BioesLabels.Mark(labels, start, end - Team.Length, type);
            }
            else if (DelegationAt(text[start..end]) is > 0 and var delegation)
            {
                labels.AsSpan(end - delegation, delegation).Fill(BioesLabels.Outside);
                BioesLabels.Mark(labels, start, end - delegation, type);
            }
        }
    }

    private const string Team = "团队";

    /// <summary>What ends a department or office of a body (办公室, 秘书处, 学术委员会, 研发中心, 事业部).</summary>
    private static readonly string[] Departments = ["办公室", "秘书处", "委员会", "中心", "部", "处", "室"];

    /// <summary>
    /// Whether a mention is a generic word for a body and a department of it (联盟秘书处, 商会办公室, 协会专家委员会, 集团技术中心):
    /// the department of the body named before, with no name of its own, as the generic word alone has none. 联盟 counts here,
    /// though not alone (the figures stage reads a bare 联盟). Not 街道办事处 nor 居民委员会, words of their own.
    /// </summary>
    private static bool IsDepartmentOfGeneric(ReadOnlySpan<char> mention)
    {
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int cut = 2; cut <= mention.Length - 2; cut++)
        {
            var head = mention[..cut];
            if (!words.Contains(head) && head is not Alliance) continue;
            var rest = mention[cut..];
            if (rest.StartsWith("办事") || rest.StartsWith("居民") || rest.StartsWith("村民")) return false;
            foreach (var department in Departments)
                if (rest.EndsWith(department)) return true;
        }
        return false;
    }

    private const string Alliance = "联盟";

    /// <summary>The groups a body sends (a delegation, a team, an inspection group), longest first.</summary>
    private static readonly string[] Delegations = ["执法检查组", "代表团", "代表队", "访问团", "考察团", "检查组"];

    /// <summary>
    /// The length of the group word that ends <paramref name="mention"/> after a body named by its ending (某某协会|代表团,
    /// 某国国会|代表团, 某某常委会|执法检查组), or 0: the group has no name of its own and the golds tag the body alone, as People's
    /// Daily does ([中国科学院空间科学与应用总体部]nt 代表团). MSRA's training text tags such a group with its body (复旦大学代表队,
    /// 美中友协访问团, some ten times); its dev text has none. Not after a place (中国代表团, 某县代表队: the golds keep both ways).
    /// </summary>
    private static int DelegationAt(ReadOnlySpan<char> mention)
    {
        foreach (var word in Delegations)
            if (mention.Length - word.Length >= 3 && mention.EndsWith(word) && EntitySuffixes.Classify(mention[..^word.Length]) == EntitySuffixes.Org) return word.Length;
        return 0;
    }

    // Classifiers of bodies and teams (not 台, which opens 台湾 after 一 or 两 in MSRA's text, four times).
    private const string Classifiers = "支个家名所座位只条项批架艘辆部";

    /// <summary>
    /// Whether a mention opens with the classifier of a count before it (医院派出4支筛查队: the tagger took 支筛查队): a counted common
    /// noun, never a name (no MSRA entity opens with such a classifier after a numeral).
    /// </summary>
    private static bool IsCounted(ReadOnlySpan<char> text, int start) =>
        start > 0 && Classifiers.Contains(text[start]) && CountNumerals.Is(text[start - 1]);

    /// <summary>
    /// Whether a mention ending at <paramref name="end"/> is a ministry's name cut from the common 部门 (交通运输部|门: the transport
    /// departments, untagged 716 times in MSRA's training text), not from its portal (交通运输部门户网站).
    /// </summary>
    private static bool IsCutDepartment(ReadOnlySpan<char> text, int end, int length) =>
        end < length && text[end - 1] == '部' && text[end] == '门' && !text[end..length].StartsWith("门户");
}
