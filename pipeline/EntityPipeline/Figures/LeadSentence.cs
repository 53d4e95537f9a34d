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
            if (EndsLikeSentence(text, sentences[s])) return s;
        return null;
    }

    private static bool EndsLikeSentence(string text, Sentence s) =>
        s.End > s.Start && text[s.End - 1] is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…' or '”' or '’' or '）' or ')';
}
