using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// The conventions a refined model's domain turns on (<see cref="DomainConventions"/>), by cross-validation on the corrections. The
/// "refinement" here returns the shipped model whatever it is given, which keeps departments inside organisations (as the
/// guidelines do): corrections that stop before the department turn the convention on, corrections that keep it inside do not.
/// </summary>
public sealed class DomainConventionsTests
{
    private static readonly (string Sentence, string Person, string Organisation, string Department)[] Resumes =
    [
        ("张伟，曾任华东电力集团人事部经理。", "张伟", "华东电力集团", "人事部"),
        ("李明现任海通证券公司审计部主任。", "李明", "海通证券公司", "审计部"),
        ("王芳历任江南机械厂财务处处长。", "王芳", "江南机械厂", "财务处"),
        ("刘洋曾任天宏会计师事务所审计部经理。", "刘洋", "天宏会计师事务所", "审计部"),
        ("陈静现任北方钢铁集团团委书记。", "陈静", "北方钢铁集团", "团委"),
        ("赵磊历任东方化工有限公司市场部经理。", "赵磊", "东方化工有限公司", "市场部"),
        ("孙丽曾任南湖药业集团人力资源部主管。", "孙丽", "南湖药业集团", "人力资源部"),
        ("周强现任长青实业公司工会主席。", "周强", "长青实业公司", "工会"),
        ("吴敏历任新华纺织厂党委副书记。", "吴敏", "新华纺织厂", "党委"),
        ("郑凯曾任远洋航运集团财务部总监。", "郑凯", "远洋航运集团", "财务部"),
    ];

    private static List<AnnotatedSentence> Corrections(bool departmentInside) => [.. Resumes.Select((r, i) =>
    {
        int person = r.Sentence.IndexOf(r.Person, StringComparison.Ordinal), organisation = r.Sentence.IndexOf(r.Organisation, StringComparison.Ordinal);
        int end = organisation + r.Organisation.Length + (departmentInside ? r.Department.Length : 0);
        return new AnnotatedSentence(r.Sentence, [new EntitySpan(person, person + r.Person.Length, EntityType.PER), new EntitySpan(organisation, end, EntityType.ORG)],
            Weight: 10, DocumentId: $"resume{i}");
    })];

    private static LabelRules Fit(List<AnnotatedSentence> corrections, List<string> log) =>
        DomainConventions.Fit(CorrectionFolds.Refine(corrections, _ => ShippedPipeline.Tagger), LabelRuleSet.Defaults, ShippedPipeline.Tagger.OutsideBias, log.Add);

    [Fact]
    public void Corrections_that_stop_before_the_department_turn_the_convention_on()
    {
        var log = new List<string>();
        Assert.Equal(LabelRuleSet.Defaults | LabelRules.Departments, Fit(Corrections(departmentInside: false), log));
        Assert.Contains(log, line => line.Contains("departments") && line.EndsWith("on"));
    }

    [Fact]
    public void Corrections_in_the_guidelines_convention_or_too_few_documents_leave_it_off()
    {
        var log = new List<string>();
        Assert.Equal(LabelRuleSet.Defaults, Fit(Corrections(departmentInside: true), log));
        Assert.Contains(log, line => line.Contains("departments") && line.EndsWith("off"));
        Assert.Equal(LabelRuleSet.Defaults, DomainConventions.Fit(null, LabelRuleSet.Defaults | LabelRules.Departments, 0, log: null));
    }
}
