using System.Collections.Immutable;
using EntityPipeline.Documents;

namespace EntityPipeline.Figures.Subjects;

/// <summary>
/// 全国 and 我国 name the country a domestic report is about (目前全国仍有7000多万人…; 我国第四次大幅度降低关税; 全国粮食总产量,
/// 全国居民消费价格指数: the nation's measure): a place the context states (GUIDELINES F7 subject) that no tagger marks as a name.
/// Not when governed (占全国的近两成, 与全国平均水平相比), nor when it names a competition (全国排球联赛), whose teams the figures
/// are about (any noun after it was the old test: it lost 全国 before every statistic; docs/figures-dev-gold.md, session 26).
/// </summary>
internal static class NationWords
{
    /// <summary>The first nation word in [<paramref name="start"/>, <paramref name="end"/>) that stands as a subject, or null.</summary>
    public static string? Find(Document document, int start, int end)
    {
        var text = document.Text;
        for (int i = start; i + 2 <= end; i++)
        {
            if (!IsNationWord(text.AsSpan(i, 2))) continue;
            char before = i > start ? text[i - 1] : '\0';
            if (SubjectFinder.IsGovernor(before) || before == '占' || NamesCompetition(document, i + 2)) continue;
            return text.Substring(i, 2);
        }
        return null;
    }

    /// <summary>
    /// A report whose lead names no one but speaks of 全国 (记者从国家税务总局获悉，今年一季度，全国累计办理…) is about the whole
    /// country throughout, as <see cref="DivisionReferences.InLead"/> reads 全市: the first such word of the lead's paragraph, or null.
    /// </summary>
    public static (string Name, int From)? InLead(Document document, ImmutableArray<Sentence> sentences)
    {
        if (LeadSentence.Find(document.Text, sentences) is not int index) return null;
        int line = ClauseBounds.LineStart(document.Text, sentences[index].Start);
        for (int s = index; s < sentences.Length && ClauseBounds.LineStart(document.Text, sentences[s].Start) == line; s++)
        {
            int at = sentences[s].Start;
            if (Find(document, at, sentences[s].End) is { } nation) return (nation, document.Text.IndexOf(nation, at, StringComparison.Ordinal) + nation.Length);
        }
        return null;
    }

    /// <summary>Whether <paramref name="word"/> is 全国 or 我国.</summary>
    public static bool IsNationWord(ReadOnlySpan<char> word) => word is "全国" or "我国";

    private static readonly string[] Competitions = ["赛", "运动会", "锦标赛"];

    /// <summary>Nouns right after the word that end in a competition's (全国 排球/n 联赛/vn; by the segmenter's words, none without them).</summary>
    private static bool NamesCompetition(Document document, int at)
    {
        for (int n = 0; n < 3 && TokenLookup.StartingAt(document, at) is { } next && (next.Pos.StartsWith('n') || next.Pos == "vn"); n++, at = next.End)
            foreach (var ending in Competitions)
                if (document.Text.AsSpan(next.Start, next.End - next.Start).EndsWith(ending)) return true;
        return false;
    }
}
