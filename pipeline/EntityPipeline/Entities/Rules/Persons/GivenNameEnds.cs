using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Persons;

/// <summary>
/// A name of three characters the tagger cut before its last one (某阿|贵在, 某春|来说): a person of a surname and one character,
/// an untagged character, and then a character that ends names (说, 在, 同 …) is the surname and two. MSRA's training text holds
/// 1,071 persons of three characters before such a character and 69 of two with one more between, where the one between is a
/// function word or opens a word with what follows (是, 也, 代表, 发表, 现在): those stay. jieba must not run the third character into
/// a word of its own across the name's end (明天在) or after it, but 来说 counts only with no 对 before the name (对于某某来说). Part
/// of the person-names rule. Stateless.
/// </summary>
internal static class GivenNameEnds
{
    /// <summary>Characters that stand after a name of two rather than end one of three: adverbs, pronouns (a post that addresses 你), the first halves of verbs.</summary>
    private const string NotGiven = "时所则因均早共代发现意宣听诉便却亦乃即仍再才刚正同自先后上下中内外方面里处你我他她它这那每有定儿";

    /// <summary>What follows the third character: one that ends names, or 同 (同在, 同为).</summary>
    private const string After = NameContext.NameEnds + "同";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.PER || end - start != 2 || end + 1 >= length || PersonCues.Surname(text, start) != 1) continue;
            if (labels[end] != BioesLabels.Outside || labels[end + 1] != BioesLabels.Outside || !HanCharacters.AllHan(text[start..(end + 1)])) continue;
            char third = text[end];
            if (NameContext.NameEnds.Contains(third) || NotGiven.Contains(third) || !After.Contains(text[end + 1])) continue;
            if (!EndsWord(text, words, baseOffset, start, end)) continue;
            if (third == '来' && text[end + 1] == '说' && text[..start].Contains('对')) continue;
            BioesLabels.Mark(labels, start, end + 1, type);
        }
    }

    /// <summary>Whether jieba's word at the third character ends on it and starts at it or at the name, or is 来说.</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int start, int at)
    {
        if (WordsAt.Covering(words, baseOffset, at) is not { } word) return true;
        int from = word.Start - baseOffset, to = word.End - baseOffset;
        if (from == at && to - from == 2 && text.Slice(from, 2).SequenceEqual("来说")) return true;
        return to == at + 1 && (from == at || from == start);
    }
}
