using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A role written in Latin capitals right after its firm (英伟达CEO黄仁勋, OpenAI CEO, 特斯拉CFO) is no part of the firm: the
/// tagger runs a firm's name into it, the way a Latin name runs on (亚马逊AWS). An organisation that ends in one ends before it
/// (and before a space), and one that is nothing else is dropped. Part of the companies rule. Stateless.
/// </summary>
internal static class LatinRoleTitles
{
    private static readonly string[] Titles = ["CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CSO", "CPO", "CHRO", "VP", "SVP", "EVP"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end < length && char.IsAsciiLetter(text[end])) continue;
            int cut = end - TitleLength(text[start..end]);
            if (cut == end) continue;
            while (cut > start && text[cut - 1] == ' ') cut--;
            labels.AsSpan(cut, end - cut).Fill(BioesLabels.Outside);
            if (cut > start) BioesLabels.Mark(labels, start, cut, type);
        }
    }

    /// <summary>The length of the title <paramref name="name"/> ends with as a word of its own (not ACEO), or 0.</summary>
    private static int TitleLength(ReadOnlySpan<char> name)
    {
        foreach (var title in Titles)
            if (name.EndsWith(title) && (name.Length == title.Length || !char.IsAsciiLetter(name[^(title.Length + 1)])))
                return title.Length;
        return 0;
    }
}
