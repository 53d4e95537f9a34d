using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>The segmenter's word that starts at a position, for rules that need a part of speech.</summary>
internal static class TokenLookup
{
    /// <summary>The token starting exactly at <paramref name="at"/>, or null (also without a token layer).</summary>
    public static Token? StartingAt(Document document, int at) =>
        document.Has(Layers.Tokens) ? StartingAt(document.Tokens, at) : null;

    /// <summary>The token of <paramref name="tokens"/> (sorted by start) starting exactly at <paramref name="at"/>, or null.</summary>
    public static Token? StartingAt(ImmutableArray<Token> tokens, int at)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (tokens[mid].Start < at) lo = mid + 1; else hi = mid; }
        return lo < tokens.Length && tokens[lo].Start == at ? tokens[lo] : null;
    }
}
