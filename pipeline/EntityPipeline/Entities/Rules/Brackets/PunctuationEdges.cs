using System.Buffers;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Brackets;

/// <summary>
/// A name neither opens with a bracket or quotation mark nor ends with one whose partner it does not hold: the tagger runs a
/// byline or a Latin gloss into the bracket that closes it ((王剑）, 梅奥诊所（Mayo Clinic）) and a headline's name or a quoted
/// name into the mark that opens it (【国药集团, “裕坤江湾府). Such marks are cut off; a pair the name holds stays (“和平”号,
/// 新纶科技（香港）有限公司). Runs after every other rule, whose spans it trims. A rule on the decoded labels, so it holds for
/// every model. Stateless.
/// </summary>
internal static class PunctuationEdges
{
    private const string Opening = "（(【[「『“‘《〈", Closing = "）)】]」』”’》〉";

    private static readonly SearchValues<char> Marks = SearchValues.Create(Opening + Closing);

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Trim(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (!text[..length].ContainsAny(Marks)) return; // most sentences have none
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            int first = start, last = end;
            while (last > first && (StrayAtStart(text, first, last) || StrayAtEnd(text, first, last)))
            {
                if (StrayAtStart(text, first, last)) first++;
                else last--;
            }
            if (first == start && last == end) continue;
            labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            if (last > first) BioesLabels.Mark(labels, first, last, type);
        }
    }

    /// <summary>Whether [first, last) opens with a closing mark, or with an opening one it does not close.</summary>
    private static bool StrayAtStart(ReadOnlySpan<char> text, int first, int last)
    {
        if (Closing.Contains(text[first])) return true;
        int open = Opening.IndexOf(text[first]);
        return open >= 0 && !text[(first + 1)..last].Contains(Closing[open]);
    }

    /// <summary>Whether [first, last) ends with an opening mark, or with a closing one it does not open.</summary>
    private static bool StrayAtEnd(ReadOnlySpan<char> text, int first, int last)
    {
        if (Opening.Contains(text[last - 1])) return true;
        int close = Closing.IndexOf(text[last - 1]);
        return close >= 0 && !text[first..(last - 1)].Contains(Opening[close]);
    }
}
