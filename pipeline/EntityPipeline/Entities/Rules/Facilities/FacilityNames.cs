using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Facilities;

/// <summary>
/// Named zones and facilities are one place from the place that names them to the word that makes them a zone or facility
/// (seed guidelines E7, E8: 长三角生态绿色一体化发展示范区, 上海自由贸易试验区临港新片区, 上海地铁11号线昆山花桥站): a
/// place the tagger found, followed by words that are names, nouns, numbers or other places ending in such a word, becomes
/// one place through that word. A verb, function word or punctuation ends the name (a parenthesised place,
/// 长三角（湖州）产业合作区, stays inside), as do a count (一处) and a person or organisation; so does a place the tagger
/// found that opens with a division or township of its own (天津 滨海新区, 东莞 长安镇, E3) or that follows a province
/// (湖北 鄂州花湖国际机场: E7's 湖南省 长沙市烈士公园), and, after a place abroad, a facility the tagger found whole
/// (黑海沿岸 新罗西斯克港: the sea only locates it). Lines and routes the tagger leaves are tagged first (<see cref="TransitLines"/>),
/// and a place ended inside jieba's word for its zone runs to the word's end (厦门经济特区, <see cref="RunToWordEnd"/>), as places
/// cut inside jieba's word for their facility join (上海浦东国际机场). A
/// bare zone word (示范区) is never tagged. MSRA and People's Daily split some zones (天津/LOC 开发区): following the
/// guidelines costs about 0.1 point of their dev F1 (docs/tagger-experiments.md). A rule on the decoded labels and jieba's
/// words, so it holds for every model. Stateless.
/// </summary>
internal static class FacilityNames
{
    /// <summary>
    /// Words a name runs on over: names, nouns, numbers and measure words, abbreviations, idioms, verbal nouns and adjectives of
    /// one character (by jieba's part of speech: 平潭 综合/vn 实验区, 上海 自由贸易/l 试验区, 临港 新/a 片区), and runs of Latin letters
    /// or digits (jieba's x, which also tags punctuation). 建设 is the verb of building a zone (浙江 建设 示范区), not part of a name,
    /// and a position word (<see cref="Positions"/>) ends it.
    /// </summary>
    private static bool Continues(ReadOnlySpan<char> word, string pos) =>
        word is "站" // jieba's 站/v after a name is the station (淄博/ns 站/v 就有志愿者); standing is its own word (站在, 站起)
        || pos is "s" && EntitySuffixes.EndsPlaceName(word) // jieba's place word 口岸/s (瑞丽 口岸)
        || !Positions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        && word is not "工程" // the works a facility belongs to (大瑞铁路 控制性工程 高黎贡山隧道) are no part of a name
        && (pos.Length > 0 && pos[0] is 'n' or 'q' or 'j' or 'f' or 'b' || pos is "l" || pos is "a" && word.Length == 1
            || pos is "vn" && word is not "建设"
            || pos is "m" && !Counts(word) && !(word.Length == 1 && char.IsPunctuation(word[0])) // the lexicon's m for ， (PosLexicon)
            || pos is "x" or "eng" && !word.ContainsAnyExcept(LettersAndDigits));

    /// <summary>Where on a river or route a place lies (淮河 干流 王家坝站): outside the names on either side, as directions are.</summary>
    private static readonly FrozenSet<string> Positions =
        new[] { "干流", "支流", "上游", "中游", "下游", "沿岸", "沿线", "两岸" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words after which a city and 站 are a leg of a tour, not a station (刘宇宁巡演 南昌站, “2026巡回演唱会” 成都站): the city alone is
    /// the place.
    /// </summary>
    private static readonly string[] Tours = ["巡演", "演唱会", "巡回赛", "巡展", "大奖赛", "公开赛", "系列赛", "”", "》"];

    /// <summary>A count or an order of things (一处, 两座, 多个, 首条): it opens a noun phrase of its own (东莞长安镇 一处工业园, 印度尼西亚 首条高铁), where 11号 and 二期 name.</summary>
    private static bool Counts(ReadOnlySpan<char> word) =>
        word.Length >= 2 && "一二两三四五六七八九十几多数每首".Contains(word[0]) && "处座个家批片所栋幢间条些块名位种群台辆艘架".Contains(word[^1]);

    /// <summary>The provinces that are also cities, whose facilities carry their name (上海地铁, 北京大兴国际机场).</summary>
    private static readonly FrozenSet<string> Municipalities =
        new[] { "北京", "北京市", "天津", "天津市", "上海", "上海市", "重庆", "重庆市" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A province other than the four municipalities: it locates the places after it and names none (湖南省 长沙市烈士公园, E7).</summary>
    private static bool OnlyLocates(ReadOnlySpan<char> place) =>
        (PlaceNames.Lexicon.TypesOf(place) & PlaceNames.Province) != 0 && !Municipalities.GetAlternateLookup<ReadOnlySpan<char>>().Contains(place);

    private static readonly System.Buffers.SearchValues<char> LettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ０１２３４５６７８９");

    private const int MaxExtension = 16;

    private const string Reservoir = "水库";

    /// <summary>A sea named from the country or region before it (菲律宾/LOC 海 in jieba's 菲律宾海/ns).</summary>
    private const char Sea = '海';

    /// <summary>
    /// A place the tagger ended inside jieba's word for a zone or facility named after it (厦门/LOC 经济特区: jieba's word is
    /// 厦门经济特区) runs to that word's end; so does one inside jieba's word for a reservoir it knows by name (丹江/LOC 口水库 in
    /// 丹江口水库/ns), where 水库 after a name of its own ends no place (People's Daily: 小浪底/LOC 水库), and for a sea (菲律宾海).
    /// </summary>
    public static void RunToWordEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        WordEnds.RunTo(text, words, baseOffset, labels, length, EntityType.LOC, fromWordStart: true,
            static word => word.Length >= 3 && (EntitySuffixes.EndsPlaceName(word) || word.EndsWith(Reservoir) || word[^1] == Sea));
        // Places the tagger cut that jieba's word for the facility holds whole (上海/LOC 浦东国际机场/LOC in 上海浦东国际机场/nt) are one.
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end > length || end - start < 4 || !EntitySuffixes.EndsPlaceName(text[start..end]) || !StartsPlace(labels, start)
                || BioesLabels.StartOfSpanEndingAt(labels, end) is not (> 0 and var last) || last <= start
                || end < length && !BioesLabels.CanStart(labels[end]) || !IsPlace(labels, start, end)
                || !BioesLabels.OnlyOutsideOr(labels, start, end, EntityType.LOC)) continue;
            BioesLabels.Mark(labels, start, end, EntityType.LOC);
        }
    }

    /// <summary>
    /// A city and 站 the tagger found whole after a tour's word (巡回演唱会 上海站) is a leg of the tour, not a station: the city alone is
    /// the place, as <see cref="Extend"/> keeps it.
    /// </summary>
    public static void CutTourLegs(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('站') < 0) return; // most sentences name no station
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC || end - start < 3 || text[end - 1] != '站' || (PlaceNames.Lexicon.TypesOf(text[start..(end - 1)]) & (PlaceNames.Province | PlaceNames.City)) == 0
                || !Prefixes.EndsWithAny(text[..start], Tours)) continue;
            labels[end - 1] = BioesLabels.Outside;
            BioesLabels.Mark(labels, start, end - 1, type);
        }
    }

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Extend(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        // Runs on every sentence: most have no place to extend, and are passed without listing their spans.
        if (!labels.AsSpan(0, length).ContainsAny(BioesLabels.Label(EntityType.LOC, BioesLabels.B), BioesLabels.Label(EntityType.LOC, BioesLabels.S))) return;
        int taken = 0; // where the last extension ended: spans before it are taken in
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.LOC || start < taken) continue;
            // A division of China names its facilities (宁波舟山港); a place abroad only locates them (黑海沿岸 新罗西斯克港), as
            // does a prefecture by its full name (伊犁哈萨克自治州 霍尔果斯口岸).
            bool names = PlaceNames.Lexicon.TypesOf(text[start..end]) != 0 && !text[start..end].EndsWith("自治州");
            int reach = Reach(text, words, baseOffset, labels, end, Math.Min(length, end + MaxExtension), names, OnlyLocates(text[start..end]),
                station: !Prefixes.EndsWithAny(text[..start], Tours));
            if (reach == end) continue;
            BioesLabels.Mark(labels, start, reach, EntityType.LOC);
            taken = reach;
        }
    }

    /// <summary>The end of the farthest word after <paramref name="from"/> that ends a zone or facility name in the same name, or <paramref name="from"/>.</summary>
    private static int Reach(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int from, int limit, bool namesFacilities,
        bool province, bool station)
    {
        int best = from, at = from;
        bool open = false; // inside （…）
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = word.End - baseOffset;
            if (end <= from) continue;
            if (start != at || end > limit) break; // the place ended inside a word, or the name runs too long
            var span = text[start..end];
            if (!BioesLabels.OnlyOutsideOr(labels, start, end, EntityType.LOC)) return best;
            // A place of its own that opens with a division (天津/LOC 滨海新区/LOC, 东莞/LOC 长安镇/LOC) is split off it, as chains are
            // (E3), and a province keeps apart from a place the tagger found after it that opens with a name (湖北/LOC 鄂州/ns
            // 花湖国际机场), not from one that opens with a common word (海南/LOC 热带雨林/n 国家公园/LOC: the province names the park).
            if (!open && StartsPlace(labels, start)
                && (province && !IsCommonWord(word.Pos) || DivisionChains.DivisionOrTownshipAt(text[start..limit]) > 0)) break;
            bool commonVenue = !open && StartsPlace(labels, start) && IsCommonVenue(text[start..BioesLabels.EndOfSpanStartingAt(labels, start)]);
            if (!open && StartsPlace(labels, start) && !commonVenue && IsNamedVenue(text, labels, start, word.Pos)) break;
            if (span is "站" && !station) break;
            if (span is "（" or "(" && !open) open = true;
            else if (span is "）" or ")" && open) open = false;
            else if (!namesFacilities && !commonVenue && IsWholeFacility(text, labels, start) || !Continues(span, word.Pos) && !IsPlace(labels, start, end)) break;
            at = end;
            // An ending jieba cuts across its words (国际博览/n 中心/n) counts inside a place the tagger found (上海/LOC 新国际博览中心/LOC).
            if (!open && (EntitySuffixes.EndsPlaceName(span)
                || IsPlace(labels, start, end) && EntitySuffixes.EndsPlaceName(text[from..end], minLength: span.Length + 1))) best = end;
        }
        return best;
    }

    /// <summary>
    /// Whether a place the tagger found at <paramref name="at"/> is a venue with a name of its own, which its city only locates
    /// (杭州 黄龙体育中心, 北京 国家体育馆): its first word is a name to jieba, or the state's. A venue named by common words only
    /// (人民体育馆, 奥体中心, 国际赛车场) is named from its city and joins it (天津人民体育馆).
    /// </summary>
    private static bool IsNamedVenue(ReadOnlySpan<char> text, int[] labels, int at, string firstPos)
    {
        return Prefixes.EndsWithAny(text[at..BioesLabels.EndOfSpanStartingAt(labels, at)], EntitySuffixes.Venues)
            && (firstPos is "ns" or "nr" or "nrt" or "nz" or "x" || text[at..].StartsWith("国家"));
    }

    /// <summary>What may open a venue named by nothing but its kind (国际会议中心, 新国际博览中心, 博览中心).</summary>
    private static readonly string[] CommonVenueOpenings = ["", "国际", "新国际", "新"];

    /// <summary>
    /// Whether a place the tagger found is a venue named by nothing but its kind (博览中心, 国际会议中心): the city before it names
    /// it, abroad too (新加坡博览中心, 开普敦国际会议中心, as the golds tag 吉隆坡会展中心 and 汉诺威展览中心), though jieba reads
    /// 博览 as a name; also read by <see cref="CountryPlaces"/>.
    /// </summary>
    internal static bool IsCommonVenue(ReadOnlySpan<char> place)
    {
        foreach (var venue in EntitySuffixes.Venues)
            if (place.EndsWith(venue) && CommonVenueOpenings.AsSpan().Contains(place[..^venue.Length].ToString())) return true;
        return false;
    }

    /// <summary>Whether a place the tagger found starts at <paramref name="at"/> and is a facility by itself (马拉卡纳体育场).</summary>
    private static bool IsWholeFacility(ReadOnlySpan<char> text, int[] labels, int at)
    {
        return StartsPlace(labels, at) && EntitySuffixes.EndsPlaceName(text[at..BioesLabels.EndOfSpanStartingAt(labels, at)]);
    }

    /// <summary>Whether jieba's part of speech is a common noun, verbal noun or adjective's, no name.</summary>
    private static bool IsCommonWord(string pos) => pos is "n" or "vn" or "a" or "b";

    private static bool StartsPlace(int[] labels, int at) =>
        labels[at] == BioesLabels.Label(EntityType.LOC, BioesLabels.B) || labels[at] == BioesLabels.Label(EntityType.LOC, BioesLabels.S);

    private static bool IsPlace(int[] labels, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (labels[i] == BioesLabels.Outside) return false;
        return true;
    }
}
