using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Bodies;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A verb of going or a preposition of place, company (与) or source (据: never a name's first character in MSRA, 483 times
/// right before one) that jieba reads as a word of its own, or joins into a word it
/// does not know (向福耀/x 科技大学), is no part of the place or organisation after it: 来/簋街 and 来/大利村 come out as 簋街 and
/// 大利村, 与/基金会 as 基金会 (which <see cref="GenericBodies"/> then drops). Names that open with such a character are jieba
/// words of their own (从化, 来宾, 向阳), and persons are left alone (于 is a surname). Part of the directions rule. Stateless.
/// </summary>
internal static class GoingVerbs
{
    /// <summary>Verbs of going and prepositions of place, company and source, which a name the tagger runs over from the left may open.</summary>
    private const string Verbs = "来去到在往回从经至赴抵由向于与据";

    /// <summary>jieba's tag of a word its dictionary does not hold, into which its HMM may join the preposition (向福耀/x 科技大学).</summary>
    private const string Unknown = "x";

    /// <summary>Whether a one-character word opening a span is the verb or preposition: jieba's dictionary tags 经 (via) a noun (经/n 安徽省).</summary>
    private static bool IsVerb(char c, string pos) => pos is "v" or "p" || c == '经';

    /// <summary>
    /// Whether jieba's <paramref name="word"/>, opening with <paramref name="first"/>, is that verb or preposition as a word of its own,
    /// or a word it does not know into which it may have glued it (向福耀/x, 乘京雄/x); also read by <see cref="TravelVerbs"/>.
    /// </summary>
    internal static bool IsVerbWord(Token word, char first) => word.End - word.Start == 1 && IsVerb(first, word.Pos) || word.Pos == Unknown;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        int w = 0;
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type == EntityType.PER || end - start < 3 || !Verbs.Contains(text[start])) continue;
            while (w < words.Length && words[w].Start - baseOffset < start) w++;
            if (w == words.Length || words[w].Start - baseOffset != start
                || !IsVerbWord(words[w], text[start])) continue;
            labels[start] = BioesLabels.Outside;
            BioesLabels.Mark(labels, start + 1, end, type);
        }
    }
}
