namespace EntityPipeline.Figures;

/// <summary>Where clauses and paragraphs start: the small units the context rules look within.</summary>
internal static class ClauseBounds
{
    /// <summary>Punctuation that ends a clause (commas, stops, colons, dashes, quotes); brackets do not (长三角（湖州）产业合作区).</summary>
    public static bool IsBreak(char c) =>
        c is '，' or ',' or '；' or ';' or '。' or '！' or '？' or '!' or '?' or '：' or ':'
            or '\n' or '\r' or '—' or '…' or '“' or '”' or '《' or '》';

    /// <summary>The first index of the clause that holds <paramref name="at"/> (not before <paramref name="floor"/>).</summary>
    public static int ClauseStart(string text, int at, int floor)
    {
        int i = at;
        while (i > floor && !IsBreak(text[i - 1])) i--;
        return i;
    }

    /// <summary>The end (exclusive) of the clause that holds <paramref name="at"/> (not past <paramref name="limit"/>).</summary>
    public static int ClauseEnd(string text, int at, int limit)
    {
        int i = at;
        while (i < limit && !IsBreak(text[i])) i++;
        return i;
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
