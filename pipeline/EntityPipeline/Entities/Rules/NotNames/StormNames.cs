using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.NotNames;

/// <summary>
/// A storm's name in quotation marks after its kind (台风“杜鹃”, 超强台风“山竹”, 飓风“桑迪”) names a weather event, not a person,
/// place or body (the golds leave such names out, as events): the tagger reads its characters as a surname, a place or a word
/// it knows. Every mention that starts inside the quotation marks is dropped, with what it runs on into after them (摩羯”中心).
/// A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class StormNames
{
    private static readonly string[] Storms = ["台风", "飓风", "热带风暴"];

    private const int LongestName = 6;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Drop(ReadOnlySpan<char> text, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf('“'); at >= 0;)
        {
            int close = text[(at + 1)..length].IndexOf('”');
            if (close > 0 && close <= LongestName && Prefixes.EndsWithAny(text[..at], Storms)) Clear(labels, length, at + 1, at + 1 + close);
            int next = text[(at + 1)..length].IndexOf('“');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Drops every mention that starts in [<paramref name="start"/>, <paramref name="end"/>), whole.</summary>
    internal static void Clear(int[] labels, int length, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (labels[i] == BioesLabels.Outside || BioesLabels.PartOf(labels[i]) is not (BioesLabels.B or BioesLabels.S)) continue;
            int spanEnd = BioesLabels.EndOfSpanStartingAt(labels, i);
            labels.AsSpan(i, spanEnd - i).Fill(BioesLabels.Outside);
        }
    }
}
