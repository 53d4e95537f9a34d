namespace EntityPipeline.Training.Corrections;

/// <summary>The training examples made from a user's corrections, and what went into them (for the model card).</summary>
public sealed record CorrectionSet(
    IReadOnlyList<AnnotatedSentence> Examples,
    IReadOnlyList<string> Files,
    int Documents,
    int Entities)
{
    public int Sentences => Examples.Count;
}
