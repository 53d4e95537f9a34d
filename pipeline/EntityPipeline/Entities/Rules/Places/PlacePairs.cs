using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A place the tagger made of two places and nothing more is two places (guidelines E3): a listed place (<see cref="ListedPlaces"/>)
/// after a country or another listed place (英国 伦敦, 德国 科隆, 日本 筑波), and a township's short name of two characters after a
/// division of China at county level or above, a county by its full name (广州 芳村, 深圳 河套, 上海 临港, 龙华区 观澜). jieba keeps
/// some such pairs in one word (英国伦敦/ns), which <see cref="CountryPlaces"/> leaves whole, and <see cref="DivisionChains"/>
/// splits only full division names and cities. MSRA's training text splits 123 such pairs and keeps none whole. A township's
/// short name that is a common word of a facility or zone (公园, 口岸, 码头, 广场, 大桥, 海湾) is not taken, nor one after a county's
/// short form or a listed place (东方公园, 博鳌乐城: common words, or a zone's name), nor a listed place after a city of China
/// (上海外滩: CLUENER keeps such an address whole, where MSRA splits 北京 人民大会堂); nor a span that is itself a known place, or
/// that jieba's next word runs on as a place, facility or zone (天津南港 工业区: the tagger cut a longer name short). Part of the
/// division-chains rule, after <see cref="CountryPlaces"/>. Stateless.
/// </summary>
internal static class PlacePairs
{
    private const byte Township = PlaceNames.Township | PlaceNames.ShortForm;

    /// <summary>How a township's short name ends when it is a common word for a facility or zone (广场, 大桥, 海湾).</summary>
    private const string CommonEnds = "场站区桥湾路街园岸头";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end - start < 4 || IsKnown(text[start..end]) || RunsOn(text, words, baseOffset, end)) continue;
            for (int at = end - 2; at >= start + 2; at--)
            {
                if (!IsPair(text[start..at], text[at..end])) continue;
                BioesLabels.Mark(labels, start, at, EntityType.LOC);
                BioesLabels.Mark(labels, at, end, EntityType.LOC);
                break;
            }
        }
    }

    private static bool IsKnown(ReadOnlySpan<char> place) =>
        CountryPlaces.IsCountry(place) || ListedPlaces.IsListed(place) || PlaceNames.Lexicon.TypesOf(place) != 0;

    /// <summary>
    /// Whether <paramref name="outer"/> and <paramref name="inner"/> are two places: a listed place after a country or another
    /// listed place; a township's short name of two characters, of no other level and no common word of a facility or zone (公园,
    /// 口岸, 码头), after a province or city by any name or a county by its full name.
    /// </summary>
    private static bool IsPair(ReadOnlySpan<char> outer, ReadOnlySpan<char> inner)
    {
        byte levels = PlaceNames.Lexicon.TypesOf(outer);
        bool division = (levels & (PlaceNames.Province | PlaceNames.City)) != 0 || (levels & PlaceNames.County) != 0 && (levels & PlaceNames.ShortForm) == 0;
        if (ListedPlaces.IsListed(inner)) return CountryPlaces.IsCountry(outer) || ListedPlaces.IsListed(outer);
        return division && inner.Length == 2 && PlaceNames.Lexicon.TypesOf(inner) == Township && !CommonEnds.Contains(inner[^1]);
    }

    /// <summary>
    /// Whether jieba's word after the place ends as a place, facility or zone does (天津南港 工业区): the tagger cut a longer name
    /// short, and its parts are no two places.
    /// </summary>
    private static bool RunsOn(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int end)
    {
        if (WordsAt.Starting(words, baseOffset, end) is not { } next) return false;
        var word = text[end..Math.Min(text.Length, end + next.Length)];
        return EntitySuffixes.Classify(word) != EntitySuffixes.None || EntitySuffixes.ClassifyFacility(word) != EntitySuffixes.None || EntitySuffixes.EndsPlaceName(word);
    }
}
