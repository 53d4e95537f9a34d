using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Brackets;

/// <summary>
/// A name and the short form or gloss news writes in brackets right after it are two mentions, and no mention runs across a
/// bracket whose partner lies outside it: the tagger runs a body on into the short form that follows it and stops before the
/// closing bracket (某某海洋研究中心（海洋中心）, tagged 某某海洋研究中心（海洋中心), or runs a gloss on past its closing bracket
/// into the words after it (（Blue Harbor Trust）科学主任, tagged Blue Harbor Trust）科学). The first becomes the name and the short
/// form, each of the span's type (the short form of four characters at least, so that a bracketed place or qualifier,
/// 某某大学（北京）, is left to <see cref="BracketedNames"/>); the second keeps what the bracket closes. A bracket at a span's edge
/// is <see cref="PunctuationEdges"/>'s. Part of the brackets rule; runs before <see cref="PunctuationEdges"/>. Stateless.
/// </summary>
internal static class CrossedBrackets
{
    private const string Opening = "（(", Closing = "）)";

    /// <summary>The fewest characters of a short form after an opening bracket that the span is split for.</summary>
    private const int MinShortForm = 4;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny(Opening + Closing) < 0) return; // most sentences have none
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            var span = text[start..end];
            int open = span.IndexOfAny(Opening), close = span.IndexOfAny(Closing);
            if (open > 0 && close < 0 && open < span.Length - 1)
            {
                // 名称（简称: the name, then the short form up to the span's end.
                if (span.Length - open - 1 < MinShortForm || span[(open + 1)..].IndexOfAny(Opening) >= 0) continue;
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
                if (open >= 2) BioesLabels.Mark(labels, start, start + open, type);
                BioesLabels.Mark(labels, start + open + 1, end, type);
            }
            else if (close > 0 && open < 0 && close < span.Length - 1 && start > 0 && Opening.Contains(text[start - 1]))
            {
                // （Gloss）words: what the bracket closes.
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
                BioesLabels.Mark(labels, start, start + close, type);
            }
        }
    }
}
