namespace EntityPipeline.Training.Corrections;

/// <summary>The training examples made from a user's corrections, and what went into them (for the model card).</summary>
public sealed record CorrectionSet(
    IReadOnlyList<AnnotatedSentence> Examples,
    IReadOnlyList<string> Files,
    int Documents,
    int Entities)
{
    public int Sentences => Examples.Count;

    /// <summary>A set whose document and entity counts are those of <paramref name="examples"/>.</summary>
    internal static CorrectionSet Of(IReadOnlyList<AnnotatedSentence> examples, IReadOnlyList<string> files) =>
        new(examples, files, examples.Select(e => e.DocumentId).Distinct().Count(), examples.Sum(e => e.Entities.Length));

    /// <summary>
    /// The text of every sentence of the corrected runs, reviewed or not. None is rehearsed (<see cref="Rehearsal"/>): a
    /// document whose rows were all deleted is not reviewed, and rehearsal would teach its old labels back.
    /// </summary>
    public IReadOnlySet<string> RunSentences { get; init; } = new HashSet<string>();

    /// <summary>
    /// Documents the run tagged that a plain entities.csv no longer lists (every row deleted): not reviewed, so not taught.
    /// A user who checked them and found no entity meant otherwise; <c>train</c> says so (type the rows delete instead).
    /// </summary>
    public IReadOnlyList<string> UntaughtDocuments { get; init; } = [];

    /// <summary>
    /// Several sets (one per corrected run) as one. A sentence corrected in more than one set (the same document and text,
    /// reviewed again in a later round) is kept once, as the first set listing it has it: list the newest round first.
    /// </summary>
    public static CorrectionSet Combine(IReadOnlyList<CorrectionSet> sets)
    {
        var seen = new HashSet<(string?, string)>();
        var examples = sets.SelectMany(s => s.Examples).Where(e => seen.Add((e.DocumentId, e.Text))).ToList();
        return Of(examples, [.. sets.SelectMany(s => s.Files)]) with
        {
            RunSentences = sets.SelectMany(s => s.RunSentences).ToHashSet(StringComparer.Ordinal),
            UntaughtDocuments = [.. sets.SelectMany(s => s.UntaughtDocuments).Distinct()],
        };
    }
}
