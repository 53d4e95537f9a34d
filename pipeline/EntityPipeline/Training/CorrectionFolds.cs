using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;

namespace EntityPipeline.Training;

/// <summary>
/// Cross-validation on a refinement's corrections: the corrected documents are split into <see cref="Count"/> folds, and each fold
/// is held out from a refinement on the rest (the rehearsal always in). What the user's corrections say of a way to decode (an O
/// bias, a convention) is measured on these, never on a dev file.
/// </summary>
internal sealed class CorrectionFolds
{
    public const int Count = 5;

    private readonly List<(EntityTagger Tagger, List<AnnotatedSentence> HeldOut)> _folds;

    private CorrectionFolds(List<(EntityTagger, List<AnnotatedSentence>)> folds) => _folds = folds;

    /// <summary>The folds, each with the tagger <paramref name="refine"/> gives on the other examples; null when fewer than <see cref="Count"/> documents are corrected.</summary>
    /// <param name="rehearsal">
    /// The rehearsal every fold refines on in place of the examples' model-labelled sentences: in a later round those are labelled by
    /// the first round's domain, which has learnt the first round's corrections, and would teach a fold the corrections it holds out.
    /// </param>
    public static CorrectionFolds? Refine(IReadOnlyList<AnnotatedSentence> examples, Func<IReadOnlyList<AnnotatedSentence>, EntityTagger> refine,
        IReadOnlyList<AnnotatedSentence>? rehearsal = null)
    {
        if (rehearsal is not null) examples = [.. examples.Where(e => !e.ModelLabelled), .. rehearsal];
        var documents = examples.Where(e => !e.ModelLabelled).Select(e => e.DocumentId ?? e.Text).Distinct(StringComparer.Ordinal).ToList();
        if (documents.Count < Count) return null;
        var foldOf = documents.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i % Count, StringComparer.Ordinal);
        int Fold(AnnotatedSentence e) => e.ModelLabelled ? -1 : foldOf[e.DocumentId ?? e.Text];
        return new CorrectionFolds([.. Enumerable.Range(0, Count).Select(fold =>
            (refine([.. examples.Where(e => Fold(e) != fold)]), examples.Where(e => Fold(e) == fold).ToList()))]);
    }

    /// <summary>Each held-out document's counts, tagged by its fold's tagger as <paramref name="decode"/> makes it decode.</summary>
    public List<UnitCounts> Score(Func<EntityTagger, EntityTagger> decode)
    {
        var units = new List<UnitCounts>();
        foreach (var (tagger, heldOut) in _folds)
            units.AddRange(CorpusEvaluator.Evaluate(decode(tagger), heldOut, "fold", warmUp: false).Evaluation.Units);
        return units;
    }

    /// <summary>The corrected sentences the folds hold out, every one once.</summary>
    public IEnumerable<AnnotatedSentence> Corrected => _folds.SelectMany(f => f.HeldOut);

    /// <summary>The folds with each fold's tagger decoding with <paramref name="rules"/>.</summary>
    public CorrectionFolds WithRules(LabelRules rules) => new([.. _folds.Select(f => (f.Tagger.WithRules(rules), f.HeldOut))]);

    /// <summary>Each fold alone, beside the others: what is chosen on the others can be scored on a fold it never read.</summary>
    public IEnumerable<(CorrectionFolds Others, CorrectionFolds HeldOut)> Splits() =>
        _folds.Select((fold, k) => (new CorrectionFolds([.. _folds.Where((_, j) => j != k)]), new CorrectionFolds([fold])));

    /// <summary>Each held-out document's counts, every fold tagged by <paramref name="tagger"/> (a model none of them refined).</summary>
    public List<UnitCounts> ScoreHeldOut(EntityTagger tagger) =>
        [.. CorpusEvaluator.Evaluate(tagger, _folds.SelectMany(f => f.HeldOut), "fold", warmUp: false).Evaluation.Units];
}
