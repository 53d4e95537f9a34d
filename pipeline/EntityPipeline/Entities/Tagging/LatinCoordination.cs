using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// Names joined by 和, 与, 及, 或 or 、 are of one kind (谷歌和Dollar Tree, 苹果、Meta与Netflix): a capitalised Latin-script name
/// the tagger left untagged beside a mention, across one of those words, is a mention of the mention's type. The corpora of
/// 1998–2009 hardly write Latin letters, so the tagger seldom tags them; the mention it is listed with is its evidence. The name
/// is Latin letters, digits inside a word and the marks inside names (. - ' &amp;), its words joined by single spaces, its first
/// letter a capital. A rule on the decoded labels. Stateless.
/// </summary>
internal static class LatinCoordination
{
    private const string Conjunctions = "和与及或、";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!HasCapital(text[..length])) return; // most sentences have no Latin name
        // Forwards, so a tagged name carries down a list (谷歌、Meta和Netflix); then backwards (Dollar Tree和谷歌). The conjunction
        // is outside every span, so a label beside it ends (or starts) a mention.
        for (int at = 1; at + 1 < length; at++)
        {
            if (!Conjunctions.Contains(text[at]) || labels[at] != BioesLabels.Outside) continue;
            int end = LatinNameEnd(text, at + 1, length);
            if (end > 0 && labels[at - 1] != BioesLabels.Outside)
                MarkIfUntagged(labels, at + 1, end, BioesLabels.TypeOf(labels[at - 1]));
        }
        for (int at = length - 2; at > 0; at--)
        {
            if (!Conjunctions.Contains(text[at]) || labels[at] != BioesLabels.Outside) continue;
            int start = LatinNameStart(text, at);
            if (start >= 0 && labels[at + 1] != BioesLabels.Outside)
                MarkIfUntagged(labels, start, at, BioesLabels.TypeOf(labels[at + 1]));
        }
    }

    /// <summary>Where the Latin name that starts at <paramref name="from"/> ends, or −1.</summary>
    internal static int LatinNameEnd(ReadOnlySpan<char> text, int from, int length)
    {
        if (!char.IsAsciiLetterUpper(CharFold.Fold(text[from]))) return -1;
        int end = from;
        for (int i = from; i < length && IsNameChar(text[i], text, i, length); i++)
            if (text[i] != ' ') end = i + 1;
        return end < length && CharFold.IsLatinLetter(text[end]) ? -1 : end;
    }

    /// <summary>Where the Latin name that ends right before <paramref name="at"/> starts, or −1.</summary>
    private static int LatinNameStart(ReadOnlySpan<char> text, int at)
    {
        int start = at;
        while (start > 0 && IsNameChar(text[start - 1], text, start - 1, at)) start--;
        while (start < at && text[start] == ' ') start++;
        if (start == at || text[at - 1] == ' ' || !char.IsAsciiLetterUpper(CharFold.Fold(text[start]))) return -1;
        return start;
    }

    /// <summary>A letter, a digit inside a word, a mark inside names, or one space between two words.</summary>
    private static bool IsNameChar(char c, ReadOnlySpan<char> text, int i, int length) =>
        CharFold.IsLatinLetter(c)
        || char.IsAsciiDigit(CharFold.Fold(c)) && i > 0 && (CharFold.IsLatinLetter(text[i - 1]) || char.IsAsciiDigit(CharFold.Fold(text[i - 1])))
        || c is '.' or '-' or '\'' or '&'
        || c == ' ' && i > 0 && i + 1 < length && text[i - 1] != ' ' && IsLatinOrMark(text[i + 1]);

    private static bool IsLatinOrMark(char c) => CharFold.IsLatinLetter(c) || c == '&';

    internal static bool HasCapital(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsAsciiLetterUpper(CharFold.Fold(c))) return true;
        return false;
    }

    private static void MarkIfUntagged(int[] labels, int start, int end, EntityType type)
    {
        if (BioesLabels.AllOutside(labels, start, end)) BioesLabels.Mark(labels, start, end, type);
    }
}
