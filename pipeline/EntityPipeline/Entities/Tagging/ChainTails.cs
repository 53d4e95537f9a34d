using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A chain of divisions goes on after a province or city the tagger found (甘肃/LOC 定西, 广东/LOC 清远): the word right after it
/// that the place gazetteer knows as a city or county (full name or short form) is a place too (guidelines E3: `江苏` `盐城`).
/// Part of the division-chains rule. Stateless.
/// </summary>
internal static class ChainTails
{
    private const byte ProvinceCity = PlaceNames.Province | PlaceNames.City, CityCounty = PlaceNames.City | PlaceNames.County;

    /// <summary>A two-character word ending in 区 names an area of any place (城区, 郊区, 矿区), not one district.</summary>
    private static bool IsArea(ReadOnlySpan<char> word) => word.Length == 2 && word[1] == '区';

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var places = PlaceNames.Lexicon;
        for (int w = 1; w < words.Length; w++)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            // Not a direction, position or area word the gazetteer also holds as a place (南部, 东方: jieba's f and s; 城区, 郊区).
            if (end > length || end - start < 2 || words[w].Pos is "f" or "s" || IsArea(text[start..end])
                || !BioesLabels.AllOutside(labels, start, end)) continue;
            int place = BioesLabels.StartOfSpanEndingAt(labels, start);
            if (place < 0 || BioesLabels.TypeOf(labels[start - 1]) != EntityType.LOC) continue;
            if ((places.TypesOf(text[place..start]) & ProvinceCity) == 0 || (places.TypesOf(text[start..end]) & CityCounty) == 0) continue;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }
}
