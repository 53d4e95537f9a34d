using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Brackets;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// News gives a foreign name's original or a body's abbreviation in brackets right after it: 库克（Tim Cook）, 世界卫生组织（WHO）,
/// 特斯拉（Tesla）. The bracket then names the same entity, a mention of its own of the same type (the guidelines' one mention per
/// name; gold/entities-latin counts 库克（Tim Cook） as two). The corpora of 1998–2009 hardly write Latin letters, so the tagger
/// seldom tags them; the mention before the bracket is its evidence. Only Latin letters (with their diacritics: Chloé, Snøhetta,
/// as <see cref="LatinNameRuns"/> reads them), spaces and the marks inside names (. - ' &amp;) may stand between the brackets, one
/// letter at least. A rule on the decoded labels. Stateless.
/// </summary>
internal static class LatinGlosses
{
    /// <summary>Longest gloss taken between the brackets (International Monetary Fund fits).</summary>
    private const int MaxGloss = 40;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('（', '(') < 0) return; // most sentences have no bracket
        CutBefore(text, labels, length);
        foreach (var (name, end, spanType) in BioesLabels.Spans(labels, length).ToList())
        {
            if (end >= length || !IsOpening(text[end])) continue;
            int close = GlossEnd(text, end + 1, length);
            if (close < 0) continue;
            int start = end + 1;
            while (text[start] == ' ') start++;
            int stop = close;
            while (text[stop - 1] == ' ') stop--;
            var type = spanType;
            if (type == EntityType.PER && IsFirmGloss(text[name..end], text[start..stop]))
            {
                type = EntityType.ORG;
                BioesLabels.Mark(labels, name, end, type);
            }
            // A gloss the tagger tagged whole by itself takes the type of the name it glosses (米哈游（miHoYo/PER）), unless its
            // shape says its type (苏姿丰/ORG（Lisa Su/PER）: a given name and a surname).
            // A gloss tagged in part, of the name's type, is that name whole (克洛埃·莫雷尔（Chloé Morel/PER）: the tagger read the
            // surname alone past the accented letter).
            if (BioesLabels.AllOutside(labels, start, stop) || BioesLabels.IsOneSpan(labels, start, stop) && LatinNames.ShapeType(text[start..stop]) is null
                || InPartOf(labels, start, stop, type))
                BioesLabels.Mark(labels, start, stop, type);
        }
    }

    /// <summary>Whether the tagger tagged only spans of <paramref name="type"/> inside [start, stop), none crossing its edges.</summary>
    private static bool InPartOf(int[] labels, int start, int stop, EntityType type)
    {
        if (!BioesLabels.CanStart(labels[start]) || !BioesLabels.CanEnd(labels[stop - 1])) return false;
        for (int i = start; i < stop; i++)
            if (labels[i] != BioesLabels.Outside && BioesLabels.TypeOf(labels[i]) != type) return false;
        return true;
    }

    /// <summary>
    /// Whether a Han name the tagger read as a person is a firm or brand by its gloss: one Latin word (科磊（KLA）, 沃达康（Vodacom）,
    /// 盟可睐（Moncler）), which news gives a company, a brand or a body, and a person only with the given name (库克（Tim Cook）):
    /// the golds gloss 273 organisations and 22 places with one Latin word, and no person. Not a word the list of Latin names
    /// holds as a person's, nor a common word in lower case (某某（blog）).
    /// </summary>
    private static bool IsFirmGloss(ReadOnlySpan<char> name, ReadOnlySpan<char> gloss) =>
        gloss.IndexOf(' ') < 0 && gloss.Length >= 3 && char.IsAsciiLetterUpper(gloss[0]) && HanCharacters.AllHan(name)
        && (LatinNames.Lexicon.TypesOf(gloss) & (1 << (int)EntityType.PER)) == 0;

    /// <summary>
    /// A mention the tagger ran into a gloss (宁波诺丁汉大学（University of Nottingham Ningbo China）, 英国莱斯特大学（University of)
    /// ends before the bracket, so that the gloss is a mention of its own, as the golds count it. A Han qualifier stays inside
    /// (锦江酒店（中国区）, <see cref="BracketedNames"/>).
    /// </summary>
    private static void CutBefore(ReadOnlySpan<char> text, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            int open = text[(start + 1)..end].IndexOfAny('（', '(') + start + 1;
            if (open <= start + 1 || !IsGloss(text, open + 1, end, length)) continue;
            BioesLabels.Mark(labels, start, open, type);
            labels.AsSpan(open, end - open).Fill(BioesLabels.Outside);
        }
    }

    /// <summary>Whether a gloss starts at <paramref name="from"/>: it closes, or runs in Latin letters to the mention's <paramref name="end"/>.</summary>
    private static bool IsGloss(ReadOnlySpan<char> text, int from, int end, int length)
    {
        return GlossEnd(text, from, length) >= 0 || IsLatinText(text[from..end]);
    }

    /// <summary>
    /// Whether <paramref name="part"/> is Latin letters (diacritics too) and the marks inside names (space, ., -, ', &amp;), one letter at least; with
    /// <paramref name="digits"/>, digits too (3GPP): what a gloss in brackets holds (（GSMA）, （Informa）).
    /// </summary>
    internal static bool IsLatinText(ReadOnlySpan<char> part, bool digits = false)
    {
        bool letter = false;
        foreach (char c in part)
        {
            if (LatinNameRuns.IsLetter(c)) letter = true;
            else if (!IsGlossMark(c) && !(digits && char.IsAsciiDigit(c))) return false;
        }
        return letter;
    }

    private static bool IsGlossMark(char c) => c is ' ' or '.' or '-' or '\'' or '&';

    /// <summary>Where the closing bracket of a gloss starting at <paramref name="from"/> is, or −1 when the bracket holds anything else.</summary>
    private static int GlossEnd(ReadOnlySpan<char> text, int from, int length)
    {
        bool letter = false;
        for (int i = from; i < length && i - from <= MaxGloss; i++)
        {
            char c = text[i];
            if (IsClosing(c)) return letter ? i : -1;
            if (LatinNameRuns.IsLetter(c)) letter = true;
            else if (!IsGlossMark(c)) return -1; // digits too: a stock code (00700.HK) names no one
        }
        return -1;
    }

    private static bool IsOpening(char c) => c is '（' or '(';

    private static bool IsClosing(char c) => c is '）' or ')';
}
