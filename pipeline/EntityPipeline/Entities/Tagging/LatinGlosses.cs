using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// News gives a foreign name's original or a body's abbreviation in brackets right after it: 库克（Tim Cook）, 世界卫生组织（WHO）,
/// 特斯拉（Tesla）. The bracket then names the same entity, a mention of its own of the same type (the guidelines' one mention per
/// name; gold/entities-latin counts 库克（Tim Cook） as two). The corpora of 1998–2009 hardly write Latin letters, so the tagger
/// seldom tags them; the mention before the bracket is its evidence. Only Latin letters, spaces and the marks inside names
/// (. - ' &amp;) may stand between the brackets, one letter at least. A rule on the decoded labels. Stateless.
/// </summary>
internal static class LatinGlosses
{
    /// <summary>Longest gloss taken between the brackets (International Monetary Fund fits).</summary>
    private const int MaxGloss = 40;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('（', '(') < 0) return; // most sentences have no bracket
        foreach (var (_, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (end >= length || !IsOpening(text[end])) continue;
            int close = GlossEnd(text, end + 1, length);
            if (close < 0) continue;
            int start = end + 1;
            while (text[start] == ' ') start++;
            int stop = close;
            while (text[stop - 1] == ' ') stop--;
            if (BioesLabels.AllOutside(labels, start, stop)) BioesLabels.Mark(labels, start, stop, type);
        }
    }

    /// <summary>Where the closing bracket of a gloss starting at <paramref name="from"/> is, or −1 when the bracket holds anything else.</summary>
    private static int GlossEnd(ReadOnlySpan<char> text, int from, int length)
    {
        bool letter = false;
        for (int i = from; i < length && i - from <= MaxGloss; i++)
        {
            char c = text[i];
            if (IsClosing(c)) return letter ? i : -1;
            if (CharFold.IsLatinLetter(c)) letter = true;
            else if (c is not (' ' or '.' or '-' or '\'' or '&')) return -1; // digits too: a stock code (00700.HK) names no one
        }
        return -1;
    }

    private static bool IsOpening(char c) => c is '（' or '(';

    private static bool IsClosing(char c) => c is '）' or ')';
}
