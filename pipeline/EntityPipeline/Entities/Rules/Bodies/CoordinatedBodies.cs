using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Places;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Bodies;

/// <summary>
/// A body named by two fields joined with 和, 与 or 及 is one organisation from its place to its office (guidelines E2, E4:
/// 住房和城乡建设部, 商务部外国投资管理司; MSRA tags such names whole): the tagger cuts it at the conjunction into a place and a
/// body of the second field alone (广州市/LOC 城市管理 和 综合执法局/ORG, 德国联邦/LOC 经济 和 能源部/ORG), or into two
/// organisations of which the first ends in a field, no body's word (美国国家航空/ORG 与 宇宙航行局/ORG). The second field's
/// body must open with no name (美国商务部, 国家统计局 are bodies of their own; a field jieba tags as a place, 海洋/ns 事务司,
/// is none) and end in an office's word; where the tagger left it untagged, nouns up to a ministry's or bureau's word will do
/// (越南/LOC 计划 和 投资部). The first field is one to three untagged nouns, or a noun and the verb jieba split from it
/// (住房 保障/v 和 房产局), or a list of them (投资、贸易和工业部), that name no actor (政府, 企业, 居民: 北京市政府和财政局 are
/// two). Part of the bodies rule, after <see cref="BodyNames"/>. Stateless.
/// </summary>
internal static class CoordinatedBodies
{
    /// <summary>The office's word that ends the body after the conjunction.</summary>
    private static readonly string[] Offices = ["委员会", "联合会", "协会", "学会", "研究所", "研究院", "中心", "学院", "办公室", "部", "局", "厅", "署", "司", "委"];

    /// <summary>What no field is: bodies and people, which 和 joins to another body (政府和财政局, 居民和物业公司), and 国家 (国家统计局 is a name of its own).</summary>
    private static readonly string[] Actors = ["政府", "企业", "公司", "部门", "机构", "单位", "方面", "当局", "国家", "群众", "人民", "社会"];

    private const string ActorEndings = "人者员客民户友主属工师长家商";

    private static readonly string[] StateOpenings = ["国家", "中央", "全国", "中华"];

    private const int MaxField = 7, MaxBody = 10;

    private const string Conjunctions = "和与及";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOfAny(Conjunctions) < 0) return; // most sentences join nothing
        for (int w = 1; w + 1 < words.Length; w++)
        {
            int at = words[w].Start - baseOffset;
            if (words[w].End - words[w].Start != 1 || !Conjunctions.Contains(text[at]) || words[w].End - baseOffset >= length || labels[at] != BioesLabels.Outside) continue;
            int bodyEnd = BodyEnd(text, words, baseOffset, labels, length, w + 1);
            if (bodyEnd < 0) continue;
            int fieldStart = FieldStart(text, words, baseOffset, labels, w);
            int start = BioesLabels.StartOfSpanEndingAt(labels, fieldStart);
            if (start < 0 || bodyEnd - start > MaxField + MaxBody + 6) continue;
            var anchor = BioesLabels.TypeOf(labels[fieldStart - 1]);
            if (anchor == EntityType.PER || fieldStart == at && !EndsInField(text, words[w - 1], baseOffset, start, anchor)) continue;
            BioesLabels.Mark(labels, start, bodyEnd, EntityType.ORG);
        }
    }

    /// <summary>How a body named by a name of its own opens: a place, a body or a brand by jieba's tag (香港机场/ns, 中国邮政/nt).</summary>
    private static readonly string[] NamedOpenings = ["ns", "nt", "nz"];

    /// <summary>Institutions complete in themselves, which end no field of a body's name (某某大学与某某大学, 某某政府和某某公司, 某国棋院与某某新闻社).</summary>
    private static readonly string[] Institutions = ["大学", "公司", "政府", "集团", "银行", "院", "社"];

    private const int MinFirst = 3, MinSecond = 4;

    /// <summary>Whether <paramref name="name"/> ends in a body's word, a ministry's department (司) too.</summary>
    private static bool EndsInBody(ReadOnlySpan<char> name) => EntitySuffixes.Classify(name) == EntitySuffixes.Org || name.EndsWith("司");

    /// <summary>
    /// Two bodies the tagger ran into one over 和 or 与 (某某局政策法规司和中国邮政集团有限公司) are two: the first ends in a body's
    /// word, and the second, ending in one too, opens with a name of its own (a place, a body or a brand jieba knows) or follows an
    /// institution complete in itself (临川大学与某某大学: a university, firm, government, bank, academy, court or hospital (院), or
    /// a press (社)), so it is no field of the first (住房和城乡建设部, 埃及内阁议会和协商会议事务部: MSRA's only organisation of two
    /// such halves opens its second with a verb; no gold holds one). Part of the bodies rule, after <see cref="Join"/>. Stateless.
    /// </summary>
    public static void SplitPairs(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOfAny("和与") < 0) return; // most sentences join nothing
        // Rewriting a span's own labels is safe while reading spans: the reader has already passed them.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            if (type != EntityType.ORG || end - start < MinFirst + 1 + MinSecond) continue;
            for (int w = 0; w + 1 < words.Length; w++)
            {
                int at = words[w].Start - baseOffset;
                if (at <= start) continue;
                if (at >= end) break;
                if (words[w].End - words[w].Start != 1 || text[at] is not ('和' or '与') || at - start < MinFirst || end - at - 1 < MinSecond
                    || !EndsInBody(text[start..at]) || !EndsInBody(text[(at + 1)..end])
                    || !NamedOpenings.Contains(words[w + 1].Pos) && !Prefixes.EndsWithAny(text[start..at], Institutions)) continue;
                BioesLabels.Mark(labels, start, at, EntityType.ORG);
                labels[at] = BioesLabels.Outside;
                BioesLabels.Mark(labels, at + 1, end, EntityType.ORG);
                break;
            }
        }
    }

    /// <summary>Where the body after the conjunction (from word <paramref name="w"/>) ends, or −1 when none opens there.</summary>
    private static int BodyEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length, int w)
    {
        int start = words[w].Start - baseOffset;
        // Nouns up to the tagger's body (采购 联合会/ORG) or, untagged, up to a ministry's or bureau's word (投资部, 气候 保护 部).
        for (int i = w; i < words.Length; i++)
        {
            int wordStart = words[i].Start - baseOffset, wordEnd = words[i].End - baseOffset;
            if (OpensName(text[wordStart..wordEnd], text[wordStart..length], words[i].Pos)) return -1;
            if (labels[wordStart] != BioesLabels.Outside)
            {
                if (labels[wordStart] != BioesLabels.Label(EntityType.ORG, BioesLabels.B)) return -1;
                int end = BioesLabels.EndOfSpanStartingAt(labels, wordStart);
                return end - start <= MaxBody && Prefixes.EndsWithAny(text[wordStart..end], Offices) ? end : -1;
            }
            if (wordEnd > length || wordEnd - start > MaxBody || !BioesLabels.AllOutside(labels, wordStart, wordEnd)
                || words[i].Pos is not ("n" or "vn" or "v" or "vd" or "nz" or "j" or "l" or "nt")) return -1;
            var word = text[wordStart..wordEnd];
            bool ministry = word is "部" or "局" ? i > w : word.Length >= 3 && word[^1] is '部' or '局' && !word.EndsWith("俱乐部") && !word.EndsWith("总部");
            if (ministry) return wordEnd;
        }
        return -1;
    }

    /// <summary>
    /// With no field words between, whether the organisation before the conjunction ends in a field's word of its own, not in a
    /// body's (西南财经大学 信托/ORG 与, 秦淮区 住房 保障/ORG 和; not 共青团中央/ORG 和 教育部, two bodies).
    /// </summary>
    private static bool EndsInField(ReadOnlySpan<char> text, Token last, int baseOffset, int start, EntityType anchor) =>
        anchor == EntityType.ORG && last.Start - baseOffset > start && last.Pos is "n" or "vn" or "v" && IsField(text[(last.Start - baseOffset)..(last.End - baseOffset)], "n");

    /// <summary>Whether a word opens a name of its own (美国商务部, 国家统计局, 原国家科委's 国家): a name's tag, or the state's.</summary>
    private static bool OpensName(ReadOnlySpan<char> word, ReadOnlySpan<char> rest, string pos) =>
        pos is "nr" or "nrt" or "nrfg" || pos == "ns" && IsPlace(word) || Prefixes.IndexAt(rest, StateOpenings) >= 0;

    /// <summary>
    /// A place jieba's ns names, a country or a county or above, not a field it tags so (海洋/ns 事务司 is a field's body; 海洋 is
    /// only a township's short form).
    /// </summary>
    private static bool IsPlace(ReadOnlySpan<char> word) =>
        CountryPlaces.IsCountry(word) || (PlaceNames.Lexicon.TypesOf(word) & PlaceNames.CountyOrAbove) != 0;

    /// <summary>Where the untagged field words right before the conjunction (word <paramref name="w"/>) start: the conjunction itself when there are none.</summary>
    private static int FieldStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int w)
    {
        int at = words[w].Start - baseOffset, field = at;
        for (int i = w - 1, taken = 0; i >= 0 && taken < 3; i--)
        {
            int start = words[i].Start - baseOffset, end = words[i].End - baseOffset;
            if (end != field || labels[start] != BioesLabels.Outside || at - start > MaxField) break;
            if (text[start] == '、' && end - start == 1 && field < at && i > 0) // a list of fields (投资、贸易和工业部)
            {
                int before = words[i - 1].Start - baseOffset;
                if (words[i - 1].End - baseOffset != start || labels[before] != BioesLabels.Outside || at - before > MaxField
                    || !IsField(text[before..start], words[i - 1].Pos)) break;
                (field, i) = (before, i - 1);
            }
            else if (IsField(text[start..end], words[i].Pos) || IsFieldVerb(text, words, baseOffset, i)) field = start;
            else break;
            taken++;
        }
        return field;
    }

    /// <summary>
    /// A verb jieba split from the noun of its field (住房/n 保障/v 和 房产局: a field of two words, as 城市 管理 is): two characters
    /// right after a field's noun.
    /// </summary>
    private static bool IsFieldVerb(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int i) =>
        words[i].Pos == "v" && words[i].End - words[i].Start == 2 && i > 0 && words[i - 1].End == words[i].Start && words[i - 1].Pos is "n" or "vn"
        && IsField(text[(words[i - 1].Start - baseOffset)..(words[i - 1].End - baseOffset)], words[i - 1].Pos);

    /// <summary>A word of a field's name: a noun, verbal noun or jieba's place word it left untagged (城市/ns), that names no actor.</summary>
    private static bool IsField(ReadOnlySpan<char> word, string pos) =>
        pos is "n" or "vn" or "nz" or "j" or "l" or "nt" or "ns" && word.Length >= 2 && !ActorEndings.Contains(word[^1])
        && !Prefixes.EndsWithAny(word, Actors) && EntitySuffixes.Classify(word) is not (EntitySuffixes.Org or EntitySuffixes.Org + 2);
}
