using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Companies;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A headquarters is where a body sits, not a body of its own (the golds tag none): the tagger's organisation ending in 总部 is
/// cut before it where what is left names a place or a firm. After 在, a name of places and names only (在 罗马/ns 总部, 在
/// 沃尔夫斯堡/nrt 总部) is the place the headquarters is in; a firm named by its trade (华垣地产 总部), by its registered name
/// (…有限公司 总部) or known by name (宁德时代 总部) stays a firm. Without 在, places alone (烟台 总部, 江苏 常熟 总部, 德国 埃尔朗根
/// 总部, 华东 区域总部) are places, each its own (E3): MSRA's training text splits 纽约|总部 and keeps 金边总部 whole only once. A
/// body's own headquarters (联合国总部, 解放军总部, 波音公司总部: MSRA tags them whole) is left alone. Part of the division-chains
/// rule, before the chains are split (福建宁德). Stateless.
/// </summary>
internal static class HeadOffices
{
    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf("总部", StringComparison.Ordinal) < 0) return; // most sentences have none
        var pieces = new List<int>(4);
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < 4 || !text[start..end].EndsWith("总部")) continue;
            int cut = end - 2;
            EntityType? rest = IndustryCompanies.IsTrade(text[(cut - 2)..cut]) || IsFirm(text[start..cut]) ? EntityType.ORG
                : start > 0 && text[start - 1] == '在' && OnlyPlacesAndNames(words, baseOffset, start, cut) ? EntityType.LOC : null;
            if (rest is { } kept)
            {
                labels.AsSpan(cut, 2).Fill(BioesLabels.Outside);
                BioesLabels.Mark(labels, start, cut, kept);
            }
            else if (PlacesOnly(text, words, baseOffset, start, Prefixes.EndsWithAny(text[start..cut], RegionWords) ? cut - 2 : cut, pieces))
            {
                labels.AsSpan(pieces[^1], end - pieces[^1]).Fill(BioesLabels.Outside);
                for (int i = 0, at = start; i < pieces.Count; at = pieces[i++]) BioesLabels.Mark(labels, at, pieces[i], EntityType.LOC);
            }
        }
    }

    /// <summary>The words of a region's headquarters (华东区域总部, 亚太地区总部), outside the place as after it alone (E5).</summary>
    private static readonly string[] RegionWords = ["区域", "地区"];

    /// <summary>The endings of a firm's registered name (中远海运控股股份有限公司): a firm, not a body whose headquarters is the body.</summary>
    private static readonly string[] RegisteredEndings = ["有限公司", "有限责任公司"];

    /// <summary>
    /// Whether <paramref name="name"/> is a firm by its registered name or one the project knows (宁德时代): the firm's
    /// headquarters is where the firm sits, as the golds tag it. MSRA's 波音公司总部 (公司 after the name, no registered name) stays whole.
    /// </summary>
    private static bool IsFirm(ReadOnlySpan<char> name) =>
        name.Length >= 6 && Prefixes.EndsWithAny(name, RegisteredEndings) || name.Length >= 2 && KnownCompanies.IsFirm(name);

    /// <summary>
    /// Whether [start, end) is places alone, without 在 too (烟台总部, 江苏常熟总部, 德国埃尔朗根总部): divisions of the gazetteer,
    /// countries or jieba's places, and after a country one name jieba reads as a foreign name or does not know (its city); the
    /// end of each in <paramref name="pieces"/>, each its own place (E3). The golds tag no headquarters with its place, and
    /// MSRA's training text splits 纽约|总部 (it keeps 金边总部 whole once).
    /// </summary>
    private static bool PlacesOnly(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int start, int end, List<int> pieces)
    {
        pieces.Clear();
        int at = start;
        bool afterCountry = false;
        while (at < end)
        {
            int place = PlaceNames.Lexicon.LongestOpening(text[at..end], end - at);
            int country = CountryPlaces.CountryOpening(text[at..end]);
            bool wasCountry = afterCountry;
            afterCountry = country > 0 && country >= place;
            if (afterCountry) at += country;
            else if (place > 0) at += place;
            else if (WordsAt.Starting(words, baseOffset, at) is { } word && word.End - baseOffset <= end
                && (word.Pos == "ns" || wasCountry && word.Pos is "nrt" or "nr" or "x")) at = word.End - baseOffset;
            else return false;
            pieces.Add(at);
        }
        return pieces.Count > 0;
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
