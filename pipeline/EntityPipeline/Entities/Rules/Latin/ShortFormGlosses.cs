using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Latin;

/// <summary>
/// News gives a body's short form in brackets right after its full name: 中国汽车工业协会（中汽协）, 江苏交通控股有限公司（江苏交控）.
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
            int close = text[(open + 1)..Math.Min(length, open + MaxShort + 2)].IndexOf('）') + open + 1;
            if (close - open - 1 < MinShort || labels[open - 1] == BioesLabels.Outside) continue;
            var inner = text[(open + 1)..close];
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
            if (type is not (EntityType.ORG or EntityType.LOC) || !IsShortFormOf(inner, text[start..open])) continue;
            labels.AsSpan(open, end - open).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, open, type);
            BioesLabels.Mark(labels, open + 1, close, type);
        }
    }

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
