namespace EntityPipeline.Entities.Rules;

/// <summary>Which word of a list opens a text: the rules' lists of forms of address, offices and nouns for a kind of body. Stateless.</summary>
internal static class Prefixes
{
    /// <summary>The index in <paramref name="words"/> of the first that opens <paramref name="text"/>, or −1 (list longer words first).</summary>
    public static int IndexAt(ReadOnlySpan<char> text, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
            if (text.StartsWith(words[i])) return i;
        return -1;
    }

    /// <summary>Whether one of <paramref name="words"/> ends <paramref name="text"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
            if (text.EndsWith(word)) return true;
        return false;
    }

    /// <summary>The length of the first of <paramref name="words"/> that opens <paramref name="text"/>, or 0.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, string[] words) => IndexAt(text, words) is int i and >= 0 ? words[i].Length : 0;
}
