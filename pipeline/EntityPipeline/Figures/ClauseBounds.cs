namespace EntityPipeline.Figures;

/// <summary>Where clauses and paragraphs start: the small units the context rules look within.</summary>
internal static class ClauseBounds
{
    /// <summary>
    /// Punctuation that ends a clause (commas, stops, colons, dashes, quotes); brackets do not (长三角（湖州）产业合作区), nor do the
    /// quotes of a short quoted word, which <see cref="ClauseStart"/> and <see cref="ClauseEnd"/> step over (乘“雪龙2”号…返回上海).
    /// </summary>
    public static bool IsBreak(char c) =>
        c is '，' or ',' or '；' or ';' or '。' or '！' or '？' or '!' or '?' or '：' or ':'
            or '\n' or '\r' or '—' or '…' or '“' or '”' or '《' or '》';

    /// <summary>The first index of the clause that holds <paramref name="at"/> (not before <paramref name="floor"/>).</summary>
    public static int ClauseStart(string text, int at, int floor)
    {
        int i = at;
        while (i > floor)
        {
            // A short name in quotes (乘“雪龙2”号…) is part of its clause, not a break: step over it.
            if (text[i - 1] == '”' && QuotedWordStart(text, i - 1, floor) is int open) { i = open; continue; }
            if (IsBreak(text[i - 1])) break;
            i--;
        }
        return i;
    }

    /// <summary>The end (exclusive) of the clause that holds <paramref name="at"/> (not past <paramref name="limit"/>).</summary>
    public static int ClauseEnd(string text, int at, int limit)
    {
        int i = at;
        while (i < limit)
        {
            if (text[i] == '“' && QuotedWordEnd(text, i, limit) is int close) { i = close + 1; continue; }
            if (IsBreak(text[i])) break;
            i++;
        }
        return i;
    }

    // A quoted text this short, with no punctuation in it, is a name or a word (“雪龙2”, “双11”), not quoted speech.
    private const int MaxQuotedWord = 12;

    /// <summary>The index of the “ that opens a short quoted word whose ” is at <paramref name="close"/>, or null.</summary>
    private static int? QuotedWordStart(string text, int close, int floor)
    {
        for (int k = close - 1; k >= floor && close - k <= MaxQuotedWord + 1; k--)
        {
            if (text[k] == '“') return k < close - 1 ? k : null;
            if (IsBreak(text[k])) return null;
        }
        return null;
    }

    /// <summary>The index of the ” that closes a short quoted word opened at <paramref name="open"/>, or null.</summary>
    private static int? QuotedWordEnd(string text, int open, int limit)
    {
        for (int k = open + 1; k < limit && k - open <= MaxQuotedWord + 1; k++)
        {
            if (text[k] == '”') return k > open + 1 ? k : null;
            if (IsBreak(text[k])) return null;
        }
        return null;
    }

    /// <summary>
    /// The inside of the bracket pair （…） around [<paramref name="start"/>, <paramref name="end"/>) within
    /// the sentence [<paramref name="floor"/>, <paramref name="limit"/>), or null when the span is not in brackets.
    /// </summary>
    public static (int Start, int End)? Parenthetical(string text, int start, int end, int floor, int limit)
    {
        int open = -1;
        for (int i = start - 1; i >= floor; i--)
        {
            if (text[i] is '）' or ')') return null;
            if (text[i] is '（' or '(') { open = i; break; }
        }
        if (open < 0) return null;
        for (int i = end; i < limit; i++)
        {
            if (text[i] is '（' or '(') return null;
            if (text[i] is '）' or ')') return (open + 1, i);
        }
        return null;
    }

    /// <summary>A paragraph longer than this is no paragraph (a file without line breaks): look no further back.</summary>
    private const int MaxLine = 4096;

    /// <summary>The first index of the line (paragraph) that holds <paramref name="at"/>, at most <see cref="MaxLine"/> back.</summary>
    public static int LineStart(string text, int at)
    {
        if (at <= 0) return 0;
        int window = Math.Min(at, MaxLine);
        int i = text.LastIndexOf('\n', at - 1, window);
        return i >= 0 ? i + 1 : at - window;
    }
}
