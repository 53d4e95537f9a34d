using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// Where a Latin-script name runs in Chinese text: Latin letters (with their diacritics: Suárez), digits inside a word and the marks inside names (. - ' &amp;),
/// its words joined by single spaces, its first letter a capital, half- or full-width (Dollar Tree, Ｇｏｏｇｌｅ, AT&amp;T).
/// Read by the rules that tag such names (<see cref="LatinCoordination"/>, <see cref="LatinNames"/>). Stateless.
/// </summary>
internal static class LatinNameRuns
{
    /// <summary>Where the Latin name that starts at <paramref name="from"/> ends, or −1.</summary>
    public static int End(ReadOnlySpan<char> text, int from, int length)
    {
        if (!char.IsAsciiLetterUpper(CharFold.Fold(text[from]))) return -1;
        int end = from;
        for (int i = from; i < length && IsNameChar(text[i], text, i, length); i++)
            if (text[i] != ' ') end = i + 1;
        return end < length && IsLetter(text[end]) ? -1 : end;
    }

    /// <summary>Where the Latin name that ends right before <paramref name="at"/> starts, or −1.</summary>
    public static int Start(ReadOnlySpan<char> text, int at)
    {
        int start = at;
        while (start > 0 && IsNameChar(text[start - 1], text, start - 1, at)) start--;
        while (start < at && text[start] == ' ') start++;
        if (start == at || text[at - 1] == ' ' || !char.IsAsciiLetterUpper(CharFold.Fold(text[start]))) return -1;
        return start;
    }

    /// <summary>A letter, a digit inside a word, a mark inside names, or one space between two words.</summary>
    private static bool IsNameChar(char c, ReadOnlySpan<char> text, int i, int length) =>
        IsLetter(c)
        || char.IsAsciiDigit(CharFold.Fold(c)) && i > 0 && (IsLetter(text[i - 1]) || char.IsAsciiDigit(CharFold.Fold(text[i - 1])))
        || c is '.' or '-' or '\'' or '&'
        || c == ' ' && i > 0 && i + 1 < length && text[i - 1] != ' ' && IsLatinOrMark(text[i + 1]);

    private static bool IsLatinOrMark(char c) => IsLetter(c) || c == '&';

    /// <summary>A Latin letter, half- or full-width, or one with a diacritic (Suárez, Müller, Łukasz; not × or ÷).</summary>
    internal static bool IsLetter(char c) => CharFold.IsLatinLetter(c) || c is >= 'À' and <= 'ɏ' and not ('×' or '÷');

    /// <summary>Whether <paramref name="text"/> holds a capital Latin letter, half- or full-width: most sentences do not.</summary>
    public static bool HasCapital(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsAsciiLetterUpper(CharFold.Fold(c))) return true;
        return false;
    }
}
