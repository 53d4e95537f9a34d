namespace EntityPipeline.Figures;

/// <summary>A place or organization the attacher may name as a figure's subject: [Start, End) of the text.</summary>
internal readonly record struct PlaceSpan(int Start, int End)
{
    public int Length => End - Start;
}
