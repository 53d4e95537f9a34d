using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// Each administrative division in a chain is its own place (guidelines E3, E4; MSRA: 山东省/LOC 临沂市/LOC, 江苏省/LOC
/// 靖江市供电局/ORG): a place or organisation the tagger found that opens with a division's full name followed by another's
/// (湖南省长沙市烈士公园, 南通市海安市委) gives the outer divisions as places and keeps the rest its own type. A division before
/// anything else stays inside (上海市人民政府: the city is part of the body's name). Full names (with 省, 市, 县 …, from the
/// place gazetteer, <see cref="PlaceNames"/>), provinces to counties; a province's or city's short form only before a full
/// name (重庆万州区) or before a city's short form that ends the place (广东佛山): a short form or a township name may be a
/// common word. A township before its village is its own place too (三坡镇 苟各庄村).
/// A rule on the decoded labels, so it holds for every model. Stateless.
/// </summary>
internal static class DivisionChains
{
    private const byte ProvinceCity = PlaceNames.Province | PlaceNames.City;

    private const int ShortestChain = 4; // two full names of two characters at least

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Split(ReadOnlySpan<char> text, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (end - start < ShortestChain) continue;
            int at = start;
            for (int division = OuterDivisionAt(text[at..end]); division > 0 && at + division < end; division = OuterDivisionAt(text[at..end]))
            {
                // The division names what follows, unless that is a division of its own: a full name, or a place that is a
                // city's name and nothing more (广东佛山, 甘肃兰州: two short forms, the place ending there), or in a place a township's
                // full name (涞水县 三坡镇). Not a county's short form:
                // their short forms are words and names too (泰山, 古城, 海港: 山东泰山 is a football club).
                // An organisation the tagger made of a province and a city's name and nothing more (陕西安康) is two places.
                var rest = text[(at + division)..end];
                if (DivisionAt(rest) == 0 && !IsCity(rest) && !(type == EntityType.LOC && DivisionOrTownshipAt(rest) > 0)) break;
                BioesLabels.Mark(labels, at, at + division, EntityType.LOC);
                at += division;
            }
            if (at > start) BioesLabels.Mark(labels, at, end, IsCity(text[at..end]) ? EntityType.LOC : type);
            if (type == EntityType.LOC && TownshipBeforeVillage(text[at..end]) is > 0 and var township)
            {
                BioesLabels.Mark(labels, at, at + township, EntityType.LOC);
                BioesLabels.Mark(labels, at + township, end, EntityType.LOC);
            }
        }
    }

    /// <summary>
    /// The length of the township that opens <paramref name="place"/> when the rest is a village, community or road (三坡镇 苟各庄村,
    /// 五里店街道 光明社区, 江桥镇 华江路), or 0. By the township's ending, since the gazetteer holds no villages and not every
    /// township: MSRA's training text splits all 66 such chains of villages and keeps none whole.
    /// </summary>
    private static int TownshipBeforeVillage(ReadOnlySpan<char> place)
    {
        if (!(place.EndsWith("村") || place.EndsWith("社区") || place.EndsWith("路") || place.EndsWith("街"))) return 0;
        for (int i = 2; i < place.Length - 2; i++)
        {
            int township = place[i] is '镇' or '乡' ? i + 1 : place[(i - 1)..].StartsWith("街道") ? i + 1 : 0;
            if (township > 0 && place.Length - township >= 2) return township;
        }
        return 0;
    }

    private static bool IsCity(ReadOnlySpan<char> name) => (PlaceNames.Lexicon.TypesOf(name) & PlaceNames.City) != 0;

    /// <summary>The length of the longest full division name (province, city or county) that opens <paramref name="text"/>, or 0.</summary>
    internal static int DivisionAt(ReadOnlySpan<char> text) => LongestDivision(text, PlaceNames.CountyOrAbove, shortForms: false);

    /// <summary>
    /// As <see cref="DivisionAt"/>, townships' full names too (长安镇, 西樵镇, 五里店街道): those that end in 镇, 乡 or 街道, since the
    /// gazetteer's township level also holds areas named for what is in them (大兴国际机场).
    /// </summary>
    internal static int DivisionOrTownshipAt(ReadOnlySpan<char> text) =>
        LongestDivision(text, PlaceNames.CountyOrAbove | PlaceNames.Township, shortForms: false);

    /// <summary>
    /// As <see cref="DivisionAt"/>, or a province's or city's short form (重庆 in 重庆万州区, 江苏 in 江苏昆山市), which news writes
    /// before a full name.
    /// </summary>
    internal static int OuterDivisionAt(ReadOnlySpan<char> text) => LongestDivision(text, PlaceNames.CountyOrAbove, shortForms: true);

    /// <summary>
    /// An autonomous prefecture or county as news names it, its short form and 州 or 县 (海北州 for 海北藏族自治州, 门源县 for
    /// 门源回族自治县), which the gazetteer does not list: a full name at one of <paramref name="levels"/> for the chains.
    /// </summary>
    private static bool IsAutonomousShortName(ReadOnlySpan<char> name, byte levels)
    {
        int level = name.Length < 3 ? 0 : name[^1] switch { '州' => PlaceNames.City, '县' => PlaceNames.County, _ => 0 };
        int wanted = level | PlaceNames.ShortForm;
        return (level & levels) != 0 && (PlaceNames.Lexicon.TypesOf(name[..^1]) & wanted) == wanted;
    }

    private static int LongestDivision(ReadOnlySpan<char> text, byte levels, bool shortForms)
    {
        var places = PlaceNames.Lexicon;
        for (int len = Math.Min(EntityLexicon.MaxLength, text.Length); len >= 2; len--)
        {
            var name = text[..len];
            byte mask = places.TypesOf(name);
            bool full = (mask & PlaceNames.ShortForm) == 0 && ((mask & levels & PlaceNames.CountyOrAbove) != 0
                || (mask & levels & PlaceNames.Township) != 0 && (name[^1] is '镇' or '乡' || name.EndsWith("街道")));
            if (full || shortForms && (mask & PlaceNames.ShortForm) != 0 && (mask & ProvinceCity) != 0) return len;
            if (IsAutonomousShortName(name, levels)) return len;
        }
        return 0;
    }
}
