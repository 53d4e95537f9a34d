namespace EntityPipeline.Documents;

/// <summary>A word from the segmenter: [Start, End) of the document text and its part of speech (jieba tag set, or empty when POS was not asked for).</summary>
public readonly record struct Token(int Start, int End, string Pos)
{
    public int Length => End - Start;

    /// <summary>The word's characters in <paramref name="text"/>, a sentence that starts at document offset <paramref name="baseOffset"/>.</summary>
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text, int baseOffset) => text[(Start - baseOffset)..(End - baseOffset)];
}
