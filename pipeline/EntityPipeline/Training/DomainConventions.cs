using EntityPipeline.Entities.Rules;
using EntityPipeline.Evaluation;

namespace EntityPipeline.Training;

/// <summary>
/// The conventions (<see cref="LabelRuleSet.Conventions"/>: an organisation that stops before its department …) a refined model's
/// domain tagger decodes with: those that tag the user's held-out corrections better than without, in as many resamples as an O bias
/// must (<see cref="DomainOutsideBias.Confidence"/>). The guidelines' conventions are the default; a user's corrections can show they
/// follow another, and then theirs win (issue 18: Resume's 海尔集团 + 工会主席).
/// </summary>
internal static class DomainConventions
{
    /// <summary><paramref name="rules"/> with each convention that wins on the held-out corrections of <paramref name="folds"/>, decoded at <paramref name="bias"/>.</summary>
    public static LabelRules Fit(CorrectionFolds? folds, LabelRules rules, float bias, Action<string>? log)
    {
        rules &= ~LabelRuleSet.Conventions;
        if (folds is null) return rules;
        var without = folds.Score(tagger => tagger.WithRules(rules).WithOutsideBias(bias));
        var chosen = rules;
        foreach (var convention in LabelRuleSet.Each(LabelRuleSet.Conventions))
        {
            var with = folds.Score(tagger => tagger.WithRules(rules | convention).WithOutsideBias(bias));
            double share = Bootstrap.ShareBetter(with, without);
            bool wins = Bootstrap.F1(with) > Bootstrap.F1(without) && share >= DomainOutsideBias.Confidence;
            if (wins) chosen |= convention;
            log?.Invoke($"convention {LabelRuleSet.Name(convention)}, by cross-validation on the corrections: F1 {Bootstrap.F1(without):F3} without, " +
                $"{Bootstrap.F1(with):F3} with, better in {share:P0} of resamples; {(wins ? "on" : "off")}");
        }
        return chosen;
    }
}
