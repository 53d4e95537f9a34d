using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A chain of divisions goes on after a province or city the tagger found (甘肃/LOC 定西, 广东/LOC 清远): the word right after it
/// that the place gazetteer knows as a city or county (full name or short form) is a place too (guidelines E3: `江苏` `盐城`),
/// and so is a county's full name that jieba cut in two (大同市/LOC 平/n 城区/n). The other way round, a city's full name right
/// before a division the tagger found opens the chain (毕节市/n 织金县/LOC), and a place the tagger ended inside jieba's word
/// for a division is that division (锦江/LOC in 锦江区/ns). Part of the division-chains rule. Stateless.
/// </summary>
internal static class ChainTails
{
    private const byte ProvinceCity = PlaceNames.Province | PlaceNames.City, CityCounty = PlaceNames.City | PlaceNames.County;

    /// <summary>A two-character word ending in 区 names an area of any place (城区, 郊区, 矿区), not one district.</summary>
    private static bool IsArea(ReadOnlySpan<char> word) => word.Length == 2 && word[1] == '区';

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // A place the tagger ended inside jieba's word for a division runs to its end (锦江/LOC in 锦江区/ns).
        WordEnds.RunTo(text, words, baseOffset, labels, length, EntityType.LOC, fromWordStart: true,
            static word => word.Length >= 3 && DivisionChains.DivisionAt(word) == word.Length);
        var places = PlaceNames.Lexicon;
        for (int w = 1; w < words.Length; w++)
        {
            int start = words[w].Start - baseOffset;
            if (start >= length || labels[start] != BioesLabels.Outside) continue;
            int place = BioesLabels.StartOfSpanEndingAt(labels, start);
            if (place < 0 || BioesLabels.TypeOf(labels[start - 1]) != EntityType.LOC || (places.TypesOf(text[place..start]) & ProvinceCity) == 0) continue;
            int end = TailEnd(text, words, baseOffset, w, length);
            if (end > 0 && BioesLabels.AllOutside(labels, start, end)) BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
        for (int w = 0; w + 1 < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (end >= length || BioesLabels.PartOf(labels[end]) is not (BioesLabels.B or BioesLabels.S) || BioesLabels.TypeOf(labels[end]) != EntityType.LOC
                || !BioesLabels.AllOutside(labels, start, end) || !IsFullName(text[start..end], ProvinceCity) || DivisionChains.DivisionAt(text[end..length]) == 0) continue;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }

    /// <summary>
    /// Where the city or county that opens at word <paramref name="w"/> ends: the word's end when the word is one (full name or
    /// short form), else the end of the longest county's or city's full name over the words from there (平/n 城区/n); -1 when none.
    /// Not a direction, position or area word the gazetteer also holds as a place (南部, 东方: jieba's f and s; 城区, 郊区).
    /// </summary>
    private static int TailEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int w, int length)
    {
        int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
        if (end > length) return -1;
        if (end - start >= 2 && words[w].Pos is not ("f" or "s") && !IsArea(text[start..end]) && (PlaceNames.Lexicon.TypesOf(text[start..end]) & CityCounty) != 0)
            return end;
        int tail = -1;
        for (int k = w + 1; k < words.Length && words[k].End - baseOffset <= length && words[k].End - baseOffset - start <= EntityLexicon.MaxLength; k++)
            if (IsFullName(text[start..(words[k].End - baseOffset)], CityCounty)) tail = words[k].End - baseOffset;
        return tail;
    }

    /// <summary>A full name (not a short form) of three characters or more at one of <paramref name="levels"/>.</summary>
    private static bool IsFullName(ReadOnlySpan<char> name, byte levels)
    {
        byte mask = PlaceNames.Lexicon.TypesOf(name);
        return name.Length >= 3 && (mask & levels) != 0 && (mask & PlaceNames.ShortForm) == 0;
    }
}
