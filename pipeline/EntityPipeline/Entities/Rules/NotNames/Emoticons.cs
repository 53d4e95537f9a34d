using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.NotNames;

/// <summary>
/// Social media writes its emoticons as short words in square brackets ([太阳], [哈哈], [偷笑], [钱]): what such brackets hold
/// alone is an interjection, no name, whatever the word (太阳 is a place by MSRA's convention, 钱 a surname). A mention that is
/// the whole content of [ ] of up to four characters is dropped. A rule on the decoded labels, so it holds for every model.
/// Stateless.
/// </summary>
internal static class Emoticons
{
    private const int LongestEmoticon = 4;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Drop(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('[') < 0) return; // most sentences have no brackets
        foreach (var (start, end, _) in BioesLabels.Spans(labels, length))
            if (start > 0 && end < length && text[start - 1] == '[' && text[end] == ']' && end - start <= LongestEmoticon)
                labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
    }
}
