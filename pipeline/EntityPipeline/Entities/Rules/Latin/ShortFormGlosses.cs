using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// News gives a body's short form in brackets right after its full name: 中国汽车工业协会（中汽协）, 江苏交通控股有限公司（江苏交控）,
/// some in quotation marks (某某交响乐团（“某交”）).
/// The bracket names the same entity, a mention of its own of the same type, and the full name ends before it; the tagger runs
/// the two together (中国汽车工业协会（中汽协), reads the short form as a person (张宣科) or the bracket rule joins them as a
/// qualifier. A short form is told from a qualifier (锦江酒店（中国区）) by its characters, which it takes from the full name in
/// their order; a span the tagger ran on past the bracket ends with the short form. The Latin counterpart is
/// <see cref="LatinGlosses"/>. A rule on the decoded labels, run again after the rules that trim mentions (山东港口）旗下威海港客运站
/// is cut at 旗下 by the companies' rules). Stateless.
/// </summary>
internal static class ShortFormGlosses
{
    /// <summary>Shortest and longest short form taken between the brackets.</summary>
    private const int MinShort = 2, MaxShort = 6;

    /// <summary>
    /// Rewrites the first <paramref name="length"/> of a sentence's decoded labels; a span run on past the bracket is cut only
    /// when <paramref name="runOn"/> (the last run, after the rules that cut a firm's 旗下 and the like off it).
    /// </summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length, bool runOn = false)
    {
        for (int open = text[..length].IndexOf('（'); open > 0; open = NextOpening(text, open + 1, length))
        {
            int close = text[(open + 1)..Math.Min(length, open + MaxShort + 4)].IndexOf('）') + open + 1;
            // A short form may stand in quotation marks inside the brackets (某某交响乐团（“某交”）).
            int quote = close - open > 3 && text[open + 1] == '“' && text[close - 1] == '”' ? 1 : 0;
            if (close - open - 1 - 2 * quote < MinShort || close - open - 1 - 2 * quote > MaxShort || labels[open - 1] == BioesLabels.Outside) continue;
            var inner = text[(open + 1 + quote)..(close - quote)];
            if (inner.ContainsAnyExceptInRange('\u4e00', '\u9fff')) continue;
            int start = open - 1;
            while (BioesLabels.PartOf(labels[start]) is not (BioesLabels.B or BioesLabels.S)) start--;
            var type = BioesLabels.TypeOf(labels[start]);
            // A span that runs on past the bracket into the body's department (中国广告协会（中广协）法律事务部) ends with the short
            // form too: the golds tag the full name and the short form, not the department (北京大学第三医院（北医三院）运动医学科).
            int end = close + 1;
            if (end < length && !BioesLabels.CanStart(labels[end]))
            {
                if (!runOn || labels[close] == BioesLabels.Outside || BioesLabels.TypeOf(labels[close]) != type) continue;
                end = BioesLabels.EndOfSpanStartingAt(labels, start);
            }
            // Quotation marks also set off a nickname or a word the name holds (某某乐团（“交响”）): a quoted short form opens as the name does.
            if (type is not (EntityType.ORG or EntityType.LOC) || !IsShortFormOf(inner, text[start..open]) || quote == 1 && inner[0] != text[start]) continue;
            labels.AsSpan(open, end - open).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, open, type);
            BioesLabels.Mark(labels, open + 1 + quote, close - quote, type);
        }
    }

    /// <summary>Longest bracket that holds a short form and a Latin gloss.</summary>
    private const int MaxPair = 40;

    /// <summary>
    /// A bracket after a name that gives both its short form and its Latin abbreviation, parted by a comma (某某海洋气象协会（海气协，IMMA）,
    /// 某某港口管理局（SPA，南港局）): each part is a mention of its own of the name's type, as the design golds tag all
    /// five such brackets (<see cref="LatinGlosses"/> takes a bracket of Latin letters only). The short form takes its characters
    /// from the name in their order; the gloss is Latin letters with the marks inside names, one letter at least. A part the tagger
    /// tagged otherwise as one span takes the name's type; one it tagged across the comma is left.
    /// </summary>
    public static void TagPairs(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int open = text[..length].IndexOf('（'); open > 0; open = NextOpening(text, open + 1, length))
        {
            if (labels[open - 1] == BioesLabels.Outside || labels[open] != BioesLabels.Outside) continue;
            int close = text[(open + 1)..Math.Min(length, open + MaxPair + 2)].IndexOf('）') + open + 1;
            if (close <= open) continue;
            var inner = text[(open + 1)..close];
            int comma = inner.IndexOfAny('，', '、');
            if (comma < 0 || inner[(comma + 1)..].IndexOfAny('，', '、') >= 0) continue;
            int start = open - 1;
            while (BioesLabels.PartOf(labels[start]) is not (BioesLabels.B or BioesLabels.S)) start--;
            var type = BioesLabels.TypeOf(labels[start]);
            if (type is not (EntityType.ORG or EntityType.LOC)) continue;
            int first = open + 1, middle = open + 1 + comma;
            (int Start, int End) shortForm, gloss;
            if (IsHanShortForm(text[first..middle], text[start..open]) && IsLatinGloss(text[(middle + 1)..close])) (shortForm, gloss) = ((first, middle), (middle + 1, close));
            else if (IsLatinGloss(text[first..middle]) && IsHanShortForm(text[(middle + 1)..close], text[start..open])) (shortForm, gloss) = ((middle + 1, close), (first, middle));
            else continue;
            foreach (var (from, to) in (ReadOnlySpan<(int, int)>)[shortForm, gloss])
                if (BioesLabels.AllOutside(labels, from, to) || BioesLabels.IsOneSpan(labels, from, to)) BioesLabels.Mark(labels, from, to, type);
        }
    }

    private static bool IsHanShortForm(ReadOnlySpan<char> part, ReadOnlySpan<char> name) =>
        part.Length is >= MinShort and <= MaxShort && HanCharacters.AllHan(part) && IsShortFormOf(part, name);

    private static bool IsLatinGloss(ReadOnlySpan<char> part) => LatinGlosses.IsLatinText(part) && part[0] != ' ' && part[^1] != ' ';

    private static int NextOpening(ReadOnlySpan<char> text, int from, int length)
    {
        int at = text[from..length].IndexOf('（');
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Whether <paramref name="form"/> is shorter than <paramref name="name"/> and takes its characters from it in order (中汽协 from 中国汽车工业协会).</summary>
    private static bool IsShortFormOf(ReadOnlySpan<char> form, ReadOnlySpan<char> name)
    {
        if (form.Length >= name.Length) return false;
        int at = 0;
        foreach (char c in form)
        {
            int found = name[at..].IndexOf(c);
            if (found < 0) return false;
            at += found + 1;
        }
        return true;
    }
}
