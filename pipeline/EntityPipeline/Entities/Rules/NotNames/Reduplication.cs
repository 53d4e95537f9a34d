
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.NotNames;

/// <summary>
/// A mention that says one string again and again, as social media writes: a character three or more times (哈哈哈, 超超超)
/// is an interjection, no name (none of MSRA's 73,014 training entities is one); a name of two or more characters said
/// again (魏晨魏晨魏晨, 徐妍徐妍) is that name each time. A character said twice (苗苗, 贝贝) stays one name, as MSRA tags 52 of
/// them. A doubled interjection that opens or closes a mention (哈哈泰迪) is no part of it, nor is any character said three or
/// more times (宋茜汗汗汗: no name opens or closes so). A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class Reduplication
{
    /// <summary>The length of the string a span repeats: 1 for an interjection, 2 or more for a repeated name, 0 when it is neither.</summary>
    public static int Unit(ReadOnlySpan<char> span)
    {
        for (int unit = 1; unit <= span.Length / 2; unit++)
        {
            if (span.Length % unit != 0 || !span[unit..].SequenceEqual(span[..^unit])) continue;
            return unit == 1 && span.Length < 3 ? 0 : unit;
        }
        return 0;
    }

    /// <summary>Characters of laughter and exclamation, which social media doubles (哈哈, 呵呵, 嘿嘿, 啊啊).</summary>
    private const string InterjectionCharacters = "哈呵嘿嘻啊哇嗯哦哎唉呜嘤噢喔哼";

    /// <summary>
    /// A span without the doubled interjection or the tripled character that opens or closes it (哈哈泰迪 → 泰迪, 宋茜汗汗汗 → 宋茜); nothing is left of a span of two or more
    /// interjection characters (哈哈 is no name).
    /// </summary>
    public static (int Start, int End) WithoutInterjections(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start >= 2 && !text[start..end].ContainsAnyExcept(InterjectionCharacters)) return (start, start); // 哈 alone may be 哈萨克斯坦
        while (end - start > 2 && text[start] == text[start + 1] && (InterjectionCharacters.Contains(text[start]) || Tripled(text, start, end, 1)))
        {
            char c = text[start];
            while (start < end && text[start] == c) start++;
        }
        while (end - start > 2 && text[end - 1] == text[end - 2] && (InterjectionCharacters.Contains(text[end - 1]) || Tripled(text, end - 1, start - 1, -1)))
        {
            char c = text[end - 1];
            while (end > start && text[end - 1] == c) end--;
        }
        return (start, end);
    }

    /// <summary>Whether the character at <paramref name="at"/> is said three or more times running towards <paramref name="stop"/> (汗汗汗).</summary>
    private static bool Tripled(ReadOnlySpan<char> text, int at, int stop, int step)
    {
        int run = 0;
        for (int i = at; i != stop && text[i] == text[at]; i += step) run++;
        return run >= 3;
    }

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (spanStart, spanEnd, type) in BioesLabels.Spans(labels, length))
        {
            var (start, end) = WithoutInterjections(text, spanStart, spanEnd);
            if (start > spanStart || end < spanEnd)
            {
                labels.AsSpan(spanStart, spanEnd - spanStart).Fill(BioesLabels.Outside);
                if (end > start) BioesLabels.Mark(labels, start, end, type);
            }
            if (end - start < 2) continue;
            int unit = Unit(text[start..end]);
            if (unit == 1) labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            else if (unit > 1)
                for (int at = start; at < end; at += unit) BioesLabels.Mark(labels, at, at + unit, type);
        }
    }
}
