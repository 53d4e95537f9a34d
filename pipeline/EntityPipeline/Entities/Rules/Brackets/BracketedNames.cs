using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Brackets;

/// <summary>
/// A name with a bracketed place or qualifier inside is one span (guidelines E2: 长三角（湖州）产业合作区 keeps the city inside;
/// 新纶科技（香港）有限公司, 上海华谊（集团）公司). The tagger often starts such a company inside the bracket (香港）有限公司), or
/// cuts it in two at the bracket; an organisation or place that holds a closing bracket without its opening one, or that starts
/// right after a bracket closing a short qualifier behind another mention, takes the name before the bracket: that mention, or
/// else the untagged nouns, names and Latin words right before it; not a mention of another type after a Latin gloss (全球移动通信系统
/// 协会（GSMA）大中华区, <see cref="IsLatinGloss"/>). A rule on the decoded labels and jieba's words, so it holds for every model.
/// Stateless.
/// </summary>
internal static class BracketedNames
{
    /// <summary>Longest qualifier between the brackets (（香港）, （特殊普通合伙）), and longest untagged name taken before them.</summary>
    private const int MaxInside = 8, MaxName = 12;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type is not (EntityType.ORG or EntityType.LOC)) continue;
            int open = OpeningBefore(text, start, end);
            if (open <= 0) continue;
            int nameStart = BioesLabels.StartOfSpanEndingAt(labels, open);
            // A place after another type's name and its Latin gloss is a mention of its own (全球移动通信系统协会/ORG （GSMA）大中华区/LOC).
            if (nameStart >= 0 && BioesLabels.TypeOf(labels[nameStart]) != type && IsLatinGloss(text[(open + 1)..ClosingAfter(text, open)])) continue;
            if (nameStart < 0 && text[start - 1] is not ('）' or ')')) nameStart = UntaggedNameBefore(text, words, baseOffset, labels, open);
            if (nameStart >= 0) BioesLabels.Mark(labels, nameStart, end, type);
        }
    }

    /// <summary>
    /// The opening bracket whose closing one the span [start, end) holds unopened, or that closes right before it; −1 when
    /// there is none within <see cref="MaxInside"/> characters or something other than a qualifier lies between.
    /// </summary>
    private static int OpeningBefore(ReadOnlySpan<char> text, int start, int end)
    {
        int close = start > 0 && IsClosing(text[start - 1]) ? start - 1 : -1;
        for (int i = start; i < end && close < 0; i++)
        {
            if (IsOpening(text[i])) return -1;
            if (IsClosing(text[i])) close = i;
        }
        if (close < 0) return -1;
        for (int i = Math.Min(close, start) - 1; i >= 0 && close - i <= MaxInside + 1; i--)
        {
            if (IsOpening(text[i])) return Matches(text[i], text[close]) && i < close - 1 ? i : -1;
            if (IsClosing(text[i]) || char.IsPunctuation(text[i]) || char.IsWhiteSpace(text[i])) return -1;
        }
        return -1;
    }

    /// <summary>The closing bracket after the opening one at <paramref name="open"/> (<see cref="OpeningBefore"/> found it).</summary>
    private static int ClosingAfter(ReadOnlySpan<char> text, int open) => text[(open + 1)..].IndexOfAny('）', ')') + open + 1;

    /// <summary>
    /// Whether a bracket holds a Latin name or abbreviation only (（GSMA）, （Informa）): a gloss of the mention before it
    /// (<see cref="Latin.LatinGlosses"/>), no qualifier inside its name. A mention of another type right after it is then no part of
    /// that name (全球移动通信系统协会（GSMA）大中华区总裁, 英富曼（Informa）中国区: the region of the body's staff, a place of its
    /// own, where joining them typed the body a place); one of its type still joins, for the gloss rule to cut (太平洋岛国论坛（PIF）
    /// 秘书处). Digits may stand in it too (（3GPP）).
    /// </summary>
    private static bool IsLatinGloss(ReadOnlySpan<char> inside) => Latin.LatinGlosses.IsLatinText(inside, digits: true);

    /// <summary>Where the untagged name words (<see cref="NameWords.IsNamePart"/>) and verbal nouns right before <paramref name="at"/> start, or −1 when there are none.</summary>
    private static int UntaggedNameBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int at)
    {
        int nameStart = at;
        for (int w = words.Length - 1; w >= 0; w--)
        {
            int start = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            if (start >= nameStart) continue;
            if (end != nameStart || at - start > MaxName || !(words[w].Pos == "vn" || NameWords.IsNamePart(text[start..end], words[w].Pos))) break;
            if (!BioesLabels.AllOutside(labels, start, end)) break;
            nameStart = start;
        }
        return at - nameStart >= 2 ? nameStart : -1;
    }

    private static bool IsOpening(char c) => c is '（' or '(';

    private static bool IsClosing(char c) => c is '）' or ')';

    private static bool Matches(char open, char close) => open == '（' ? close == '）' : close == ')';

    /// <summary>How a university, college or bank whose campus or arm a bracketed place names ends (哈工大 as 大).</summary>
    private static readonly string[] Campuses = ["大学", "学院", "银行", "大"];

    /// <summary>
    /// A university, college or bank the tagger ended before a bracketed city or province (中国石油大学/ORG （北京/LOC）, 哈工大/ORG
    /// （深圳/LOC）) is one organisation through the closing bracket: the place names its campus or arm (中国地质大学（武汉）,
    /// 中国银行（香港）), as the golds tag it. A bracket holding anything but a division the place lexicon knows (（中广协）, a short
    /// form) is left.
    /// </summary>
    public static void JoinCampuses(ReadOnlySpan<char> text, int[] labels, int length)
    {
        if (text[..length].IndexOfAny('（', '(') < 0) return; // most sentences hold no bracket
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length).ToList())
        {
            if (type != EntityType.ORG || end >= length - 3 || !IsOpening(text[end]) || !Prefixes.EndsWithAny(text[start..end], Campuses)) continue;
            int close = text[(end + 1)..length].IndexOfAny('）', ')') + end + 1;
            if (close <= end + 2 || close - end - 1 > 4 || !Matches(text[end], text[close])) continue;
            var place = text[(end + 1)..close];
            if ((PlaceNames.Lexicon.TypesOf(place) & PlaceNames.CountyOrAbove) == 0) continue;
            // Only a place the tagger left untagged or found alone lies inside (not part of a longer mention).
            if (!BioesLabels.OnlyOutsideOr(labels, end + 1, close, EntityType.LOC) || labels[close] != BioesLabels.Outside
                || close + 1 < length && !BioesLabels.CanStart(labels[close + 1])) continue;
            BioesLabels.Mark(labels, start, close + 1, EntityType.ORG);
        }
    }
}
