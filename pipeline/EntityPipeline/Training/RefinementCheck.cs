using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;

namespace EntityPipeline.Training;

/// <summary>
/// Whether a refinement tags the user's held-out corrections at least as well as the model it refines, by the cross-validation
/// that fits its O bias and conventions (<see cref="CorrectionFolds"/>): each fold's refinement, decoded as chosen on the other
/// folds alone (<see cref="DomainDecoding"/>), against the base model's own weights (without a first round's domain, which has
/// seen that round's corrections) on the same held-out documents. Chosen on all folds, the decoding would have read the fold it
/// is scored on: of seven O biases the best on 200 Weibo sentences scored 0.571 where no bias scored 0.481. When the refinement
/// loses, the corrections are too few or disagree among themselves, and the refined weights would lose on the user's text more
/// than they seem to teach: the 50 sentences a Weibo review sheet puts first, half of whose rows are deleted brands and handles
/// that Weibo's annotators leave untagged, cost Weibo dev 14.5 points (docs/corrections.md, "In the review sheet's order"). Then
/// the model tags as its base did.
/// </summary>
public sealed record RefinementCheck(double RefinedF1, double BaseF1)
{
    /// <summary>Kept unless the base model does better: a tie keeps what the user taught.</summary>
    public bool Kept => RefinedF1 >= BaseF1;

    /// <summary>
    /// The check on <paramref name="folds"/>, each fold decoded as <paramref name="choose"/> chooses on the others; null when there are
    /// no folds (too few documents to hold any out).
    /// </summary>
    internal static RefinementCheck? Of(CorrectionFolds? folds, Func<CorrectionFolds, DomainDecoding> choose, EntityTagger baseModel, Action<string>? log)
    {
        if (folds is null) return null;
        var refined = folds.Splits().SelectMany(split => split.HeldOut.Score(choose(split.Others).Apply)).ToList();
        var unrefined = folds.ScoreHeldOut(baseModel);
        var check = new RefinementCheck(Bootstrap.F1(refined), Bootstrap.F1(unrefined));
        log?.Invoke($"by {CorrectionFolds.Count}-fold cross-validation, each fold decoded as the others choose, the refined weights tag the held-out corrections with F1 {check.RefinedF1:F3}, " +
            $"the base model with {check.BaseF1:F3}: " + (check.Kept ? "refinement kept"
                : "refinement not kept, the model tags as its base did (the corrections are too few or disagree among themselves: correct more sentences, consistently, and train again)"));
        return check;
    }
}
