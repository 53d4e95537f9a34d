using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Training;

/// <summary>
/// How a refined model's domain tagger decodes: the label rules the user's corrections do not contradict (<see cref="DomainRules"/>),
/// an O bias (<see cref="DomainOutsideBias"/>) and the conventions they follow (<see cref="DomainConventions"/>), each chosen on the
/// corrections, in that order.
/// </summary>
internal sealed record DomainDecoding(LabelRules Rules, float OutsideBias)
{
    /// <summary><paramref name="tagger"/> decoding this way.</summary>
    public EntityTagger Apply(EntityTagger tagger) => tagger.WithRules(Rules).WithOutsideBias(OutsideBias);

    /// <summary>
    /// The decoding that <paramref name="corrected"/> and the cross-validation on them (<paramref name="folds"/>, null when too few
    /// documents are corrected) choose, from the base model's <paramref name="rules"/> and <paramref name="bias"/>.
    /// </summary>
    public static DomainDecoding Fit(IEnumerable<AnnotatedSentence> corrected, CorrectionFolds? folds, SegmentationStage segmentation,
        LabelRules rules, float bias, Action<string>? log)
    {
        rules = DomainRules.Fit([.. corrected], segmentation, rules, log);
        var ruled = folds?.WithRules(rules);
        bias = DomainOutsideBias.Fit(ruled, bias, log);
        return new DomainDecoding(DomainConventions.Fit(ruled, rules, bias, log), bias);
    }
}
