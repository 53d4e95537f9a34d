using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A mention that says one string again and again, as social media writes: a character three or more times (哈哈哈, 超超超)
/// is an interjection, no name (none of MSRA's 73,014 training entities is one); a name of two or more characters said
/// again (魏晨魏晨魏晨, 徐妍徐妍) is that name each time. A character said twice (苗苗, 贝贝) stays one name, as MSRA tags 52 of
/// them. A rule on the decoded labels, so it holds for every model. Stateless.
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

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            int unit = Unit(text[start..end]);
            if (unit == 1) labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            else if (unit > 1)
                for (int at = start; at < end; at += unit)
                    for (int i = 0; i < unit; i++)
                        labels[at + i] = BioesLabels.Label(type, i == 0 ? BioesLabels.B : i == unit - 1 ? BioesLabels.E : BioesLabels.I);
        }
    }
}
