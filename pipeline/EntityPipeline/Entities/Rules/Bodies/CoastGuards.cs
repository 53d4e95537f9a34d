using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A place's coast guard (菲律宾海警, 越南海警, 浙江海警局) is one organisation, as a country's navy is (美国海军; MSRA, and the
/// golds' 中国海警局). The corpora of 1998–2009 predate the word, so the tagger tags the place alone or runs it into the 海 of
/// 海警 (菲律宾海/LOC, a sea's name). A place that ends right before 海警, or on its 海, becomes with it (and a 局 after it)
/// one organisation; a span that already covers 海警 stays. Part of the bodies rule. Stateless.
/// </summary>
internal static class CoastGuards
{
    private const string CoastGuard = "海警", Bureau = "局";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int at = text[..length].IndexOf(CoastGuard); at >= 0; at = Next(text, at + 1, length))
        {
            // jieba's word 海警, not the 海 of a place before 警方 (上海警方, 乌海警方).
            if (at == 0 || WordsAt.Starting(words, baseOffset, at) is not { } word || !word.In(text, baseOffset).StartsWith(CoastGuard)) continue;
            int end = at + CoastGuard.Length;
            if (end < length && text[end..length].StartsWith(Bureau)) end += Bureau.Length;
            int place = PlaceEndingAt(labels, at) is >= 0 and var before ? before : PlaceEndingAt(labels, at + 1);
            if (place < 0 || end < length && !BioesLabels.CanStart(labels[end])) continue;
            BioesLabels.Mark(labels, place, end, EntityType.ORG);
        }
    }

    private static int Next(ReadOnlySpan<char> text, int from, int length) =>
        text[from..length].IndexOf(CoastGuard) is >= 0 and var i ? from + i : -1;

    /// <summary>Where the place that ends right before <paramref name="at"/> starts, or −1.</summary>
    private static int PlaceEndingAt(int[] labels, int at)
    {
        int start = BioesLabels.StartOfSpanEndingAt(labels, at);
        return start >= 0 && BioesLabels.TypeOf(labels[start]) == EntityType.LOC ? start : -1;
    }
}
