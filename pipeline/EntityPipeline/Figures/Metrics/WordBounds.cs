using System.Collections;
using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Metrics;

/// <summary>
/// Where the segmenter's words start, so that a metric is never cut inside a word (企业参与 → not 企业参), and
/// the part of speech of the word that starts at a position. Built once per document from its token layer;
/// without one every position counts as a boundary and no word has a part of speech.
/// </summary>
internal sealed class WordBounds
{
    private readonly BitArray? _inside;
    private readonly ImmutableArray<Token> _tokens;

    private WordBounds(BitArray? inside, ImmutableArray<Token> tokens) => (_inside, _tokens) = (inside, tokens);

    public static readonly WordBounds None = new(null, []);

    public static WordBounds From(Document document)
    {
        if (!document.Has(Layers.Tokens)) return None;
        return From(document.Text.Length, document.Tokens);
    }

    public static WordBounds From(int length, ImmutableArray<Token> tokens)
    {
        var inside = new BitArray(length + 1);
        foreach (var t in tokens)
            for (int i = t.Start + 1; i < t.End; i++) inside[i] = true;
        return new WordBounds(inside, tokens);
    }

    /// <summary>The part of speech of the word that starts at <paramref name="i"/>, or null.</summary>
    public string? PosAt(int i) => TokenLookup.StartingAt(_tokens, i)?.Pos;

    /// <summary>The end of the word that starts at <paramref name="i"/> (not past <paramref name="limit"/>); i + 1 without a token layer.</summary>
    public int WordEnd(int i, int limit)
    {
        int end = i + 1;
        while (end < limit && IsInside(end)) end++;
        return end;
    }

    /// <summary>True when character <paramref name="i"/> is a word of one character (never without a token layer).</summary>
    public bool IsSingleCharWord(int i) => _inside is not null && i + 1 < _inside.Length && !_inside[i] && !_inside[i + 1];

    /// <summary>True when a word runs across the boundary before character <paramref name="i"/>.</summary>
    public bool IsInside(int i) => _inside is not null && i >= 0 && i < _inside.Length && _inside[i];
}
