namespace EntityPipeline.Documents;

/// <summary>A sentence: [Start, End) of the document text, numbered from 0 in text order.</summary>
public readonly record struct Sentence(int Index, int Start, int End)
{
    public int Length => End - Start;
}
