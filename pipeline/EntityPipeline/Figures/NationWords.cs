using EntityPipeline.Documents;

namespace EntityPipeline.Figures;

/// <summary>
/// 全国 and 我国 name the country a domestic report is about (目前全国仍有7000多万人…; 我国第四次大幅度降低关税): a place the
/// context states (GUIDELINES F7 subject) that no tagger marks as a name. Not when governed (占全国的近两成, 与全国平均水平相比),
/// nor when it only qualifies the noun after it (全国排球联赛, 全国人民): that phrase, not the country, is the topic.
/// </summary>
internal static class NationWords
{
    /// <summary>The first nation word in [<paramref name="start"/>, <paramref name="end"/>) that stands as a subject, or null.</summary>
    public static string? Find(Document document, int start, int end)
    {
        var text = document.Text;
        for (int i = start; i + 2 <= end; i++)
        {
            if (text.AsSpan(i, 2) is not ("全国" or "我国")) continue;
            char before = i > start ? text[i - 1] : '\0';
            if (SubjectFinder.IsGovernor(before) || before == '占' || QualifiesNoun(document, i + 2)) continue;
            return text.Substring(i, 2);
        }
        return null;
    }

    /// <summary>A noun right after the word (by the segmenter's part of speech; unknown without a token layer).</summary>
    private static bool QualifiesNoun(Document document, int at) =>
        TokenLookup.StartingAt(document, at) is { } next && next.Pos.StartsWith('n');
}
