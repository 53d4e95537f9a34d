using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Rules;

/// <summary>jieba's words that may make up a name the tagger missed, for the rules that take one back from a cue. Stateless.</summary>
internal static class NameWords
{
    /// <summary>Nouns, names, abbreviations, Latin words and jieba's unknown words (新纶, 云鲸), but no punctuation.</summary>
    public static bool IsNamePart(ReadOnlySpan<char> word, string pos) =>
        !char.IsPunctuation(word[0]) && !char.IsSymbol(word[0]) && !char.IsWhiteSpace(word[0])
        && (pos.StartsWith('n') || pos is "eng" or "j" or "x");

    /// <summary>
    /// Where the run of name words that ends at <paramref name="end"/> starts: at most <paramref name="maxWords"/> words and
    /// <paramref name="maxChars"/> characters, two at least, or −1.
    /// </summary>
    public static int RunBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int end, int maxWords, int maxChars)
    {
        int start = end, taken = 0;
        for (int w = words.Length - 1; w >= 0 && taken < maxWords; w--)
        {
            int wordStart = words[w].Start - baseOffset, wordEnd = words[w].End - baseOffset;
            if (wordStart >= start) continue;
            if (wordEnd != start || end - wordStart > maxChars || !IsNamePart(text[wordStart..wordEnd], words[w].Pos)) break;
            start = wordStart;
            taken++;
        }
        return end - start >= 2 ? start : -1;
    }
}
