namespace EntityPipeline.Segmentation;

/// <summary>A word of a cut: where it starts in the text that was cut, and its length.</summary>
public readonly record struct WordSpan(int Start, int Length)
{
    public int End => Start + Length;
}
