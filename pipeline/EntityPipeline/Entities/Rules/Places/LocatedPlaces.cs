using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A division's full name before a place that has a name of its own only locates it, and is a place of its own (guidelines E3,
/// E4): a road (成都市 蜀都大道, 芝罘区 幸福南路), a housing estate (丰泽区 东海湾花园小区, 福田区 中银花园), or a place whose
/// first word is a name (贵定县 云雾山, 哈密市 巴里坤换流站). MSRA's training text splits 40 such places and keeps 3 whole. A
/// place named by its city stays whole (E7: 长沙市烈士公园, 辽宁省体育馆, 寿县西站: a common word or a direction follows the
/// division), and so does a zone (天津市塘沽海洋高科技开发区, 山西省吕梁地区, <see cref="FacilityNames"/>). A school named by
/// a name of its own is located by its division the same way (海淀区 中关村第三小学; MSRA: 石景山区 老山二小), and one named by a
/// number or a kind keeps it (阳谷县第三中学, 红安县实验小学, as MSRA tags them). A city, by its short form too, before a new
/// zone, bonded zone or port area with a name of its own only locates it (中山 翠亨新区, 深圳 福田保税区; jieba's one word
/// 上海浦东新区 stays whole, as People's Daily tags it). Part of the
/// division-chains rule, after <see cref="DivisionChains"/>. Stateless.
/// </summary>
internal static class LocatedPlaces
{
    /// <summary>How a road's name ends (路, 街, 大道, 巷, 胡同).</summary>
    private static readonly string[] Roads = ["路", "街", "大道", "巷", "胡同"];

    /// <summary>How a housing estate's name ends.</summary>
    private static readonly string[] Estates = ["小区", "花园", "家园", "新村", "公寓", "苑"];

    private const string Directions = "东南西北";

    /// <summary>How a school's name ends: a school with a name of its own is located by its division too (海淀区 中关村第三小学).</summary>
    private static readonly string[] Schools = ["小学", "中学", "学校", "幼儿园"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type is not (EntityType.LOC or EntityType.ORG) || type == EntityType.ORG && !Prefixes.EndsWithAny(text[start..end], Schools)) continue;
            int division = DivisionChains.DivisionAt(text[start..end]);
            // A city's short form before a zone with a name of its own (中山 翠亨新区, 深圳 福田保税区), as before a district.
            bool zone = division == 0 && type == EntityType.LOC && Prefixes.EndsWithAny(text[start..end], Zones) && !text[start..end].EndsWith("高新区");
            if (zone) division = CityAt(text[start..end]);
            int at = start + division;
            if (division == 0 || end - at < 2 || WordAt(words, baseOffset, at) is not { } first) continue;
            if (type == EntityType.LOC && !zone ? !HasOwnName(text[at..end], first.Pos) : !IsName(text[at..end], first.Pos, unknown: type == EntityType.LOC)) continue;
            BioesLabels.Mark(labels, start, at, EntityType.LOC);
            BioesLabels.Mark(labels, at, end, type);
        }
    }

    /// <summary>
    /// A place the tagger ran over 的 into the place or body it locates (某岛的国际机场, 某区的某某博物馆) is two mentions: no name
    /// holds 的 as a word of its own (MSRA's 19 places and 9 bodies with one hold it inside a foreign name: 加的夫, 波罗的海, 亚的斯亚贝巴,
    /// each one jieba word), so where jieba reads 的 as the particle, with two characters or more either side, the place ends before
    /// it and what follows is a mention of the span's type. A body so read keeps its place only when the gazetteer or the countries
    /// know it. Part of the division-chains rule. Stateless.
    /// </summary>
    public static void SplitAtParticle(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf('的') < 0) return; // most sentences have none inside a mention
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type is not (EntityType.LOC or EntityType.ORG) || end - start < 5) continue;
            int at = text[(start + 2)..(end - 2)].IndexOf('的');
            if (at < 0) continue;
            at += start + 2;
            if (!IsParticle(words, baseOffset, at)) continue;
            if (type == EntityType.ORG && !IsKnownPlace(text[start..at])) continue;
            labels.AsSpan(start, end - start).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, at, EntityType.LOC);
            BioesLabels.Mark(labels, at + 1, end, type);
        }
    }

    /// <summary>
    /// Whether jieba reads the 的 at <paramref name="at"/> as the particle: a word by itself, or the end of a word it does not know
    /// (赤/vg 鱲角的/x: a rare character before it glues it on).
    /// </summary>
    private static bool IsParticle(ReadOnlySpan<Token> words, int baseOffset, int at)
    {
        foreach (var word in words)
        {
            int wordStart = word.Start - baseOffset, wordEnd = word.End - baseOffset;
            if (wordEnd <= at) continue;
            return wordStart <= at && wordEnd == at + 1 && (word.Pos == "uj" && wordStart == at || word.Pos == "x");
        }
        return false;
    }

    /// <summary>Whether the gazetteer or the countries know <paramref name="name"/> whole.</summary>
    private static bool IsKnownPlace(ReadOnlySpan<char> name) => PlaceNames.Lexicon.TypesOf(name) != 0 || CountryPlaces.IsCountry(name);

    /// <summary>
    /// Zones with a name of their own after a city (翠亨新区, 两江新区, 福田保税区, 海沧港区); not 开发区, which People's Daily keeps with
    /// its city, nor 高新区, named from its city (赣州高新区, E8).
    /// </summary>
    private static readonly string[] Zones = ["新区", "保税区", "港区"];

    /// <summary>The length of the longest city or province name, full or short, that opens <paramref name="place"/>, or 0.</summary>
    private static int CityAt(ReadOnlySpan<char> place) =>
        PlaceNames.Lexicon.LongestOpening(place, place.Length - 2, PlaceNames.City | PlaceNames.Province);

    /// <summary>Whether a place after a division is named by more than the division: see the class.</summary>
    private static bool HasOwnName(ReadOnlySpan<char> place, string firstPos)
    {
        if (place.Length > 2 && (Prefixes.EndsWithAny(place, Roads) || Prefixes.EndsWithAny(place, Estates))) return true; // not 大道 alone
        return place[^1] != '区' /* a zone, or 地区 */ && IsName(place, firstPos, unknown: true);
    }

    /// <summary>
    /// Whether what follows the division opens with a name (jieba's ns, nr, nz, nt), for a place also with characters jieba knows
    /// no word of (its unknown word x, a lone morpheme zg or ng: 海珠区 琶/zg 洲, 五华区 篆/ng 新 农贸市场; a school so named keeps
    /// its county, as MSRA tags 大城县大汪中学), that is no direction (西站).
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> rest, string firstPos, bool unknown) =>
        (firstPos is "ns" or "nr" or "nz" or "nt" || unknown && firstPos is "x" or "zg" or "ng") && !Directions.Contains(rest[0]);

    /// <summary>
    /// The jieba word that starts at <paramref name="at"/>, or else jieba's unknown word that runs across it (吴江/nr 区汾湖/x: the
    /// division's last character joined to a name jieba does not know), or null.
    /// </summary>
    private static Token? WordAt(ReadOnlySpan<Token> words, int baseOffset, int at)
    {
        foreach (var word in words)
        {
            if (word.Start - baseOffset == at) return word;
            if (word.Start - baseOffset < at && word.End - baseOffset > at && word.Pos == "x") return word;
        }
        return null;
    }
}
