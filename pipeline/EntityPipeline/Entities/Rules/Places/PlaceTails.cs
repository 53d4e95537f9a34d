using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A city, province or country the tagger ran into a common noun after it (卡塔尔市场, 新加坡办公室, 天津峰会, 索马里海域, 长沙演播厅,
/// 无锡马拉松, 某某河流域, 某某河畔) names no place or body with it: the noun is generic (a market, an office, a summit, waters, a venue, a race), so the
/// place alone is the mention, as the golds tag it (E4, E5, E12). Only a span that is a place and one such noun exactly is cut;
/// so is a division run into one character jieba reads as a noun morpheme by itself (安吉竹产业, <see cref="CutMorphemes"/>).
/// Part of the division-chains rule. Stateless.
/// </summary>
internal static class PlaceTails
{
    private static readonly FrozenSet<string> Tails = new[]
    {
        "市场", "办公室", "工厂", "新厂", "峰会", "海域", "两岸", "基地", "园区", "旅行社", "茶园", "小商品", "物业管理", "热线办", "探店",
        "演播厅", "场馆", "篮球场", "马拉松", "半马", "警方", "警队", "负荷中心", "哨点医院", "山区小学", "高端酒店", "连锁药店", "训练舰", "桥吊",
        "代表团", "赛区", "分会场", "展区", "车展", "楼市", "球迷", "游客", "市民", "门店", "厂区",
        // Kinds of home, hospital, firm and group no name picks out (日本养老院, 香港公立医院, 丹麦航运公司, 深圳检测机构, 中国企业组团).
        "养老院", "护老院", "公立医院", "县级医院", "检测机构", "航运公司", "炼厂", "企业组团", "包机团",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// China and its regions, outside the division lists and the list of countries (中国企业组团, 香港公立医院, 香港市民: MSRA tags the
    /// place alone before every tail but one, 23 times). Not before 代表团: MSRA tags 中国代表团 one organisation all 24 times.
    /// </summary>
    private static readonly string[] Regions = ["中国", "香港", "澳门", "台湾"];

    private const string Delegation = "代表团";

    /// <summary>
    /// A river's basin (某某河流域) is the river, and a river's or lake's bank (某某河畔, 某某湖畔) the water, a position word's (E5): MSRA tags
    /// the river alone before 流域 52 times and a basin whole once, the water alone before 畔 25 times and a bank whole once; the design
    /// golds all 33 banks so.
    /// </summary>
    private static int WatersideLength(ReadOnlySpan<char> span) =>
        span.Length >= 4 && span.EndsWith(Basin) && "河江水川".Contains(span[^3]) ? Basin.Length
        : span.Length >= 3 && span[^1] == '畔' && "河江湖海溪".Contains(span[^2]) ? 1 : 0;

    private const string Basin = "流域";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels by the rule.</summary>
    public static void Cut(ReadOnlySpan<char> text, int[] labels, int length)
    {
        var tails = Tails.GetAlternateLookup<ReadOnlySpan<char>>();
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type is not (EntityType.LOC or EntityType.ORG) || end - start < 3) continue; // 渭河畔
            var span = text[start..end];
            int place = DivisionChains.OuterDivisionAt(span);
            if (place == 0) place = CountryPlaces.CountryAt(span);
            if (place == 0 && (place = Prefixes.LengthAt(span, Regions)) > 0 && span[place..] is Delegation) continue;
            int waterside = WatersideLength(span);
            if (place == 0 && waterside > 0) place = span.Length - waterside;
            if (place == 0 || !tails.Contains(span[place..]) && !(waterside > 0 && span.Length - place == waterside)) continue;
            labels.AsSpan(start + place, end - start - place).Fill(BioesLabels.Outside);
            BioesLabels.Mark(labels, start, start + place, EntityType.LOC);
        }
    }

    // A tea named after where it grows (六堡茶, 武夷岩茶, 祁门红茶), the longer first: MSRA tags the place alone before 茶 all 14 times.
    private static readonly string[] Teas = ["岩茶", "红茶", "绿茶", "白茶", "黑茶", "花茶", "茶"];

    /// <summary>A place the tagger ran into the tea named after it (六堡茶) is the place alone.</summary>
    public static void CutTeas(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOf('茶') < 0) return; // most sentences name no tea
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.LOC) continue;
            foreach (var tea in Teas)
                if (end - start - tea.Length >= 2 && text[start..end].EndsWith(tea))
                {
                    labels.AsSpan(end - tea.Length, tea.Length).Fill(BioesLabels.Outside);
                    BioesLabels.Mark(labels, start, end - tea.Length, EntityType.LOC);
                    break;
                }
        }
    }

    private const byte Divisions = PlaceNames.Province | PlaceNames.City | PlaceNames.County;

    /// <summary>
    /// A division the tagger ran into one character that jieba reads as a noun morpheme by itself (安吉/nr 竹/ng 产业: 安吉竹) is
    /// the division alone: the character opens the noun phrase after the place.
    /// </summary>
    public static void CutMorphemes(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var word in words)
        {
            int at = word.Start - baseOffset;
            if (word.End - word.Start != 1 || word.Pos != "ng" || at < 2 || at >= length || labels[at] == BioesLabels.Outside) continue;
            // Not a name's own ending (清水/ns 寺/ng: 清水寺; 城, 馆, 站).
            if (EntitySuffixes.Classify(text.Slice(at, 1)) != 0 || EntitySuffixes.ClassifyFacility(text.Slice(at, 1)) != 0) continue;
            int start = BioesLabels.StartOfSpanEndingAt(labels, at + 1);
            if (start < 0 || start > at - 2 || BioesLabels.TypeOf(labels[start]) != EntityType.LOC
                || (PlaceNames.Lexicon.TypesOf(text[start..at]) & Divisions) == 0) continue;
            labels[at] = BioesLabels.Outside;
            BioesLabels.Mark(labels, start, at, EntityType.LOC);
        }
    }
}
