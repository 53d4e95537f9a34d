namespace EntityPipeline.Figures;

/// <summary>Small character classes and word lookups shared by the figure rules.</summary>
internal static class TextRules
{
    /// <summary>Whether <paramref name="word"/> starts at <paramref name="at"/> and ends by <paramref name="limit"/>.</summary>
    public static bool Follows(string text, int at, int limit, string word) =>
        at + word.Length <= limit && text.AsSpan(at, word.Length).SequenceEqual(word);

    /// <summary>The first of <paramref name="words"/> that starts at <paramref name="at"/> and ends by <paramref name="limit"/>, or null.</summary>
    public static string? WordAt(string text, int at, int limit, string[] words)
    {
        foreach (var word in words)
            if (Follows(text, at, limit, word)) return word;
        return null;
    }

    /// <summary>The first of <paramref name="words"/> that ends right before <paramref name="end"/> and starts at <paramref name="floor"/> or after, or null.</summary>
    public static string? WordBefore(string text, int end, int floor, string[] words)
    {
        foreach (var word in words)
            if (end - word.Length >= floor && Follows(text, end - word.Length, end, word)) return word;
        return null;
    }

    /// <summary>Whether <paramref name="span"/> holds any of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
            if (span.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Function characters that end a name or a noun phrase: particles, prepositions, conjunctions, adverbs.</summary>
    public static bool IsFunctionChar(char c) => "的在和与是将已了为把对等从向到于及并也都就还又被让使给由以而或之这那其共均约".Contains(c);

    /// <summary>The function characters that never occur inside a name (为, 以, 之 do: 华为, 以色列, 之江).</summary>
    public static bool IsNameBreak(char c) => "的在和与是将已了把对从向到于及并也都就还又被让使给由而或这那其".Contains(c);
}
