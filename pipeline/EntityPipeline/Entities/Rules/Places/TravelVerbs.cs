using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A trip written as places and the means between them (从东站乘城际铁路至南站, 在江城坐地铁) names each place apart: the tagger
/// runs a station, a line and the verb of riding between them into one place (东站乘城际铁路至南站/LOC, 乘城际铁路/LOC). A place
/// that holds 乘, 坐 or 搭 (ride, take) or 至 (to), where jieba reads it as a word of its own or opens a word it does not know with it (乘京雄/x), is cut there: the verb is no part of
/// it, and each side of two characters or more is a place. MSRA's training text has no place with one of them inside or
/// opening it. Part of the directions rule. Stateless.
/// </summary>
internal static class TravelVerbs
{
    private const string Verbs = "乘坐搭至";

    private const int MinPlace = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.LOC || end - start < 3) continue;
            int from = start;
            foreach (var word in words)
            {
                int at = word.Start - baseOffset;
                if (at < from || at >= end) continue;
                if (!Verbs.Contains(text[at]) || !GoingVerbs.IsVerbWord(word, text[at])) continue;
                Retag(labels, from, at);
                labels[at] = BioesLabels.Outside;
                from = at + 1;
            }
            if (from > start) Retag(labels, from, end);
        }
    }

    /// <summary>Marks [<paramref name="start"/>, <paramref name="end"/>) a place when it is long enough to be one, else clears it.</summary>
    private static void Retag(int[] labels, int start, int end)
    {
        if (end - start >= MinPlace) BioesLabels.Mark(labels, start, end, EntityType.LOC);
        else labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
    }
}
