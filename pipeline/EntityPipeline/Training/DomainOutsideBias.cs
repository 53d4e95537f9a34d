using EntityPipeline.Evaluation;

namespace EntityPipeline.Training;

/// <summary>
/// The O bias of a refined model's domain tagger, fitted by cross-validation on the annotated sentences of the refinement
/// (the corrections): the documents are split into folds, each fold is tagged by a refinement on the rest (rehearsal
/// included), and the bias that gives the best F1 over all folds together is kept. A user's kind of text may hold names the
/// base model was never shown, so that the refined tagger misses more than it invents (Weibo: P 0.66, R 0.41 on held-out
/// messages), or not (Resume); the corrections tell which. Never fitted on a dev file.
/// </summary>
internal static class DomainOutsideBias
{
    /// <summary>
    /// How often the best bias must beat none when the held-out documents are resampled. Chosen on held-out Weibo and Resume train
    /// sentences (docs/corrections.md): at 95% no bias was ever chosen; at 90% Weibo N = 200 and 1,000 take one, N = 50 and Resume do not.
    /// </summary>
    public const double Confidence = 0.9;

    /// <summary>The biases tried, 0 first: a tie keeps the smaller change.</summary>
    public static readonly float[] Grid = [0, -0.5f, -1, -1.5f, -2, -2.5f, -3];

    /// <summary>
    /// The O bias for the refined tagger: <paramref name="baseBias"/> (the refined model's) plus the offset of <see cref="Grid"/> that
    /// tags the held-out corrections of <paramref name="folds"/> best, or plus 0 when there are no folds (too few documents).
    /// </summary>
    public static float Fit(CorrectionFolds? folds, float baseBias, Action<string>? log)
    {
        if (folds is null) return baseBias;
        var units = Grid.Select(g => folds.Score(tagger => tagger.WithOutsideBias(baseBias + g))).ToArray(); // per bias, each held-out document's counts
        // The best bias, if it beats none in most resamples of the held-out documents (paired bootstrap): the folds hold few
        // entities (75 in 200 Weibo sentences), and a gain of noise costs as much as it seems to win.
        var f1 = units.Select(u => Bootstrap.F1(u)).ToArray();
        int best = Array.IndexOf(f1, f1.Max());
        double share = Bootstrap.ShareBetter(units[best], units[0]);
        if (share < Confidence) best = 0;
        log?.Invoke($"O bias of the refined tagger, by {CorrectionFolds.Count}-fold cross-validation on the corrections: " +
            string.Join(", ", Grid.Select((g, b) => $"{g:+0.#;-0.#;0} F1 {f1[b]:F3}")) + $"; the best beats none in {share:P0} of resamples; chose {Grid[best]:+0.#;-0.#;0}");
        return baseBias + Grid[best];
    }
}
