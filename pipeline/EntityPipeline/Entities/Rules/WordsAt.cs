using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Rules;

/// <summary>Finds jieba's words by where they start or end in a sentence. Stateless.</summary>
internal static class WordsAt
{
    /// <summary>The word that starts at sentence offset <paramref name="at"/> (<paramref name="words"/> at <paramref name="baseOffset"/>), or null.</summary>
    public static Token? Starting(ReadOnlySpan<Token> words, int baseOffset, int at)
    {
        foreach (var word in words)
            if (word.Start - baseOffset == at) return word;
        return null;
    }

    /// <summary>The word that ends at sentence offset <paramref name="at"/> (<paramref name="words"/> at <paramref name="baseOffset"/>), or null.</summary>
    public static Token? Ending(ReadOnlySpan<Token> words, int baseOffset, int at)
    {
        for (int w = words.Length - 1; w >= 0; w--)
        {
            int end = words[w].End - baseOffset;
            if (end == at) return words[w];
            if (end < at) break;
        }
        return null;
    }

    /// <summary>The first word that holds sentence offset <paramref name="at"/> (<paramref name="words"/> at <paramref name="baseOffset"/>), or null.</summary>
    public static Token? Covering(ReadOnlySpan<Token> words, int baseOffset, int at)
    {
        foreach (var word in words)
            if (word.Start - baseOffset <= at && word.End - baseOffset > at) return word;
        return null;
    }
}
