using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Segmentation;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

/// <summary>
/// The label rules a refined model's domain keeps (<see cref="DomainRules"/>): a rule that would rewrite an entity the user
/// corrected or add one the user left out is off, one the corrections agree with stays, and entities a model gave to rehearse
/// do not count.
/// </summary>
public sealed class DomainRulesTests
{
    private static readonly SegmentationStage Segmentation = new(PosTagging.Lexicon);

    private static AnnotatedSentence Corrected(string text, string entity, EntityType type, bool modelLabelled = false)
    {
        int start = text.IndexOf(entity, StringComparison.Ordinal);
        return new AnnotatedSentence(text, [new EntitySpan(start, start + entity.Length, type)], Weight: 10, DocumentId: text, ModelLabelled: modelLabelled);
    }

    [Fact]
    public void A_rule_that_would_change_a_corrected_entity_is_off_the_others_stay()
    {
        var log = new List<string>();
        // The user keeps the title inside the name (as Weibo NER does); the guidelines put it outside.
        var rules = DomainRules.Fit([Corrected("宋院长昨天说，医院明年扩建。", "宋院长", EntityType.PER), Corrected("他在上海工作。", "上海", EntityType.LOC)],
            Segmentation, LabelRuleSet.Defaults, log.Add);

        Assert.Equal(LabelRuleSet.Defaults & ~LabelRules.PersonNames, rules);
        Assert.Contains(log, line => line.Contains("person-names") && line.Contains("宋院长"));
    }

    [Fact]
    public void A_rule_that_would_add_an_entity_the_user_left_out_is_off()
    {
        var log = new List<string>();
        // The user reads 新希望 as a phrase here; the known-companies rule would make it a listed company.
        var rules = DomainRules.Fit([new AnnotatedSentence("带着新希望出发。", [], Weight: 10, DocumentId: "d")], Segmentation, LabelRuleSet.Defaults, log.Add);

        Assert.Equal(LabelRuleSet.Defaults & ~LabelRules.KnownCompanies, rules);
        Assert.Contains(log, line => line.Contains("known-companies") && line.Contains("新希望"));
    }

    [Fact]
    public void Corrections_that_follow_the_rules_or_were_given_by_a_model_leave_every_rule_on()
    {
        var rules = DomainRules.Fit(
            [Corrected("王某某昨天到庭。", "王某某", EntityType.PER), Corrected("张女士表示满意。", "张", EntityType.PER),
             Corrected("宋院长昨天说，医院明年扩建。", "宋院长", EntityType.PER, modelLabelled: true)],
            Segmentation, LabelRuleSet.Defaults, log: null);

        Assert.Equal(LabelRuleSet.Defaults, rules);
    }

    [Fact]
    public void A_rule_already_off_stays_off()
    {
        var rules = DomainRules.Fit([Corrected("他在上海工作。", "上海", EntityType.LOC)], Segmentation, LabelRuleSet.Defaults & ~LabelRules.Emoticons, log: null);

        Assert.Equal(LabelRuleSet.Defaults & ~LabelRules.Emoticons, rules);
    }
}
