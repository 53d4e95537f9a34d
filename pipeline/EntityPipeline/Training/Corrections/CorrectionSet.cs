namespace EntityPipeline.Training.Corrections;

/// <summary>The training examples made from a user's corrections, and what went into them (for the model card).</summary>
public sealed record CorrectionSet(
    IReadOnlyList<AnnotatedSentence> Examples,
    IReadOnlyList<string> Files,
    int Documents,
    int Entities)
{
    public int Sentences => Examples.Count;

    /// <summary>
    /// The text of every sentence of the corrected runs, reviewed or not. None is rehearsed (<see cref="Rehearsal"/>): a
    /// document whose rows were all deleted is not reviewed, and rehearsal would teach its old labels back.
    /// </summary>
    public IReadOnlySet<string> RunSentences { get; init; } = new HashSet<string>();

    /// <summary>Several sets (one per corrected run) as one.</summary>
    public static CorrectionSet Combine(IReadOnlyList<CorrectionSet> sets) =>
        new([.. sets.SelectMany(s => s.Examples)], [.. sets.SelectMany(s => s.Files)], sets.Sum(s => s.Documents), sets.Sum(s => s.Entities))
        {
            RunSentences = sets.SelectMany(s => s.RunSentences).ToHashSet(StringComparer.Ordinal),
        };
}
