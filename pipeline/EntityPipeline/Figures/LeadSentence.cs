using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>The lead of a news article: its first sentence that ends like one, below a headline (which has no final stop).</summary>
internal static class LeadSentence
{
    private const int HeadlineLines = 2;

    /// <summary>The index of the lead among the first sentences, or null.</summary>
    public static int? Find(string text, ImmutableArray<Sentence> sentences)
    {
        for (int s = 0; s < sentences.Length && s <= HeadlineLines; s++)
            if (EndsLikeSentence(text, sentences[s].Start, sentences[s].End)) return s;
        return null;
    }

    /// <summary>
    /// A final stop, or a closing bracket or quote after one. A note in brackets after a line with no stop (a headline's
    /// （附图片１张）, a byline's （赵劲）) does not end a sentence.
    /// </summary>
    private static bool EndsLikeSentence(string text, int start, int end)
    {
        if (end <= start) return false;
        char last = text[end - 1];
        if (last is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…' or '”' or '’') return true;
        if (last is not ('）' or ')')) return false;
        int open = text.LastIndexOfAny(['（', '('], end - 1, end - start);
        return open > start && EndsLikeSentence(text, start, open);
    }
}
