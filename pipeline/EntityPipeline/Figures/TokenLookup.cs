using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>The segmenter's word that starts at a position, for rules that need a part of speech.</summary>
internal static class TokenLookup
{
    /// <summary>The token starting exactly at <paramref name="at"/>, or null (also without a token layer).</summary>
    public static Token? StartingAt(Document document, int at)
    {
        if (!document.Has(Layers.Tokens)) return null;
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (tokens[mid].Start < at) lo = mid + 1; else hi = mid; }
        return lo < tokens.Length && tokens[lo].Start == at ? tokens[lo] : null;
    }
}
