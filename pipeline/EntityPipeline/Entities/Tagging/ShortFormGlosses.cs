using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// News gives a body's short form in brackets right after its full name: 中国汽车工业协会（中汽协）, 江苏交通控股有限公司（江苏交控）.
/// The bracket names the same entity, a mention of its own of the same type, and the full name ends before it; the tagger runs
/// the two together (中国汽车工业协会（中汽协), reads the short form as a person (张宣科) or the bracket rule joins them as a
/// qualifier. A short form is told from a qualifier (锦江酒店（中国区）) by its characters, which it takes from the full name in
/// their order. The Latin counterpart is <see cref="LatinGlosses"/>. A rule on the decoded labels. Stateless.
/// </summary>
internal static class ShortFormGlosses
{
    /// <summary>Shortest and longest short form taken between the brackets.</summary>
    private const int MinShort = 2, MaxShort = 6;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels.</summary>
    public static void Tag(ReadOnlySpan<char> text, int[] labels, int length)
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
            if (type is not (EntityType.ORG or EntityType.LOC) || close + 1 < length && !BioesLabels.CanStart(labels[close + 1])
                || !IsShortFormOf(inner, text[start..open])) continue;
            labels.AsSpan(open, close + 1 - open).Fill(BioesLabels.Outside);
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
