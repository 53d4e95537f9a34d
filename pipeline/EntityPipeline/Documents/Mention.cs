namespace EntityPipeline.Documents;

/// <summary>An entity mention: [Start, End) of the document text, its type, who found it and how sure it is (0–1).</summary>
public readonly record struct Mention(int Start, int End, EntityType Type, MentionSource Source, double Confidence)
{
    public int Length => End - Start;
}
