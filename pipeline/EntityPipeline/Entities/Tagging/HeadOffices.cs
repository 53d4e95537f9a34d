using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A headquarters is where a body sits, not a body of its own (the golds tag none): the tagger's organisation ending in 总部 is
/// cut before it where what is left names a place or a firm. After 在, a name of places and names only (在 罗马/ns 总部, 在
/// 沃尔夫斯堡/nrt 总部) is the place the headquarters is in; a firm named by its trade (华垣地产 总部) stays a firm. A body's own
/// headquarters (联合国总部, 解放军总部, 波音公司总部: MSRA tags them whole) and a place's without 在 are left alone; MSRA's
/// training text also tags 金边总部 whole once. Part of the division-chains rule, before the chains are split (福建宁德). Stateless.
/// </summary>
internal static class HeadOffices
{
    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf("总部", StringComparison.Ordinal) < 0) return; // most sentences have none
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < 4 || !text[start..end].EndsWith("总部")) continue;
            int cut = end - 2;
            EntityType? rest = IndustryCompanies.IsTrade(text[(cut - 2)..cut]) ? EntityType.ORG
                : start > 0 && text[start - 1] == '在' && OnlyPlacesAndNames(words, baseOffset, start, cut) ? EntityType.LOC : null;
            if (rest is not { } kept) continue;
            labels.AsSpan(cut, 2).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, cut, kept);
        }
    }

    /// <summary>Whether jieba's words cover [start, end) exactly, each a place, a name or an unknown word.</summary>
    private static bool OnlyPlacesAndNames(ReadOnlySpan<Token> words, int baseOffset, int start, int end)
    {
        int at = start;
        foreach (var word in words)
        {
            int wordStart = word.Start - baseOffset;
            if (word.End - baseOffset <= start) continue;
            if (wordStart != at || word.Pos is not ("ns" or "nr" or "nrt" or "x")) return false;
            at = word.End - baseOffset;
            if (at >= end) return at == end;
        }
        return false;
    }
}
