using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A club named by its province or city and a sponsor or nickname is one organisation (成都蓉城, 辽宁本钢, 广东东莞大益,
/// 江苏中天钢铁女排; MSRA: 大连万达, 北京国安队, 山东鲁能泰山队 ORG), where the tagger, trained on 1998's clubs, tags the place
/// alone (成都/LOC 蓉城) or the whole as a place (武汉三镇). Only where a match says it is a team: a verb of a match before it
/// (战胜, 迎战, 逆转), or after it its home or away game, coach, captain or score (主场, 主教练, 以3比1). The name after the
/// place is at most <see cref="MaxName"/> Han characters of nouns and names, not a province or city by itself (广东 东莞 is a
/// chain) nor a venue (济南奥体中心 主场), and a team's word after it (女排, 男篮, 队) is part of it. Part of the companies rule. Stateless.
/// </summary>
internal static class SportsClubs
{
    private const int MaxName = 6;

    private static readonly string[] MatchVerbs =
        ["战胜", "击败", "逆转", "迎战", "挑战", "负于", "不敌", "逼平", "战平", "对阵", "输给", "力克", "横扫", "榜首"];

    private static readonly string[] MatchWordsAfter = ["主场", "客场", "主教练", "主帅", "队长", "首战"];

    /// <summary>How a venue's name ends (济南奥体中心 主场 is where a home game is played).</summary>
    private static readonly string[] Venues = ["中心", "场", "馆", "园", "站"];

    private static readonly string[] TeamWords = ["女排", "男排", "女篮", "男篮", "女足", "男足", "队"];

    private const byte ProvinceCity = PlaceNames.Province | PlaceNames.City;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (!MentionsMatch(text[..length])) return; // most sentences tell of no match
        // Running a place on over the words after it is safe while reading spans: the reader skips a span's inside.
        foreach (var (start, end, type) in BioesLabels.Spans(labels, length))
        {
            int place = type == EntityType.LOC ? PlaceAt(text[start..end]) : 0;
            if (place == 0) continue;
            int nameEnd = NameEnd(text, words, baseOffset, labels, end, length);
            var name = text[(start + place)..nameEnd];
            if (name.Length is < 2 or > MaxName || (PlaceNames.Lexicon.TypesOf(name) & ProvinceCity) != 0 || Prefixes.EndsWithAny(name, Venues)) continue;
            int clubEnd = nameEnd + Prefixes.LengthAt(text[nameEnd..length], TeamWords);
            if (!Prefixes.EndsWithAny(text[..start], MatchVerbs) && !MatchFollows(text[clubEnd..length])) continue;
            BioesLabels.Mark(labels, start, clubEnd, EntityType.ORG);
        }
    }

    /// <summary>The length of the province's or city's name (full or short) that opens <paramref name="mention"/>, or 0.</summary>
    private static int PlaceAt(ReadOnlySpan<char> mention) => PlaceNames.Lexicon.LongestOpening(mention, mention.Length, ProvinceCity);

    /// <summary>
    /// Where the name runs to over untagged nouns and names after the place (本钢, 东莞/ns 大益/x) or the rest of the word the place
    /// ended in (山东/LOC in 山东泰山/ns), at most <see cref="MaxName"/> on.
    /// </summary>
    private static int NameEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int from, int length)
    {
        int end = from;
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, wordEnd = word.End - baseOffset;
            if (wordEnd <= end) continue;
            if (start < end) start = end; // the place ended inside jieba's word for the club (山东泰山/ns)
            if (start > end || wordEnd > length || wordEnd - from > MaxName || !IsNameWord(word.Pos) || !HanCharacters.AllHan(text[start..wordEnd])
                || Prefixes.IndexAt(text[start..], TeamWords) >= 0 || Prefixes.IndexAt(text[start..], MatchWordsAfter) >= 0) break;
            if (!BioesLabels.OnlyOutsideOr(labels, start, wordEnd, EntityType.LOC) || !BioesLabels.CanStart(labels[start])) break;
            end = wordEnd;
        }
        return end;
    }

    /// <summary>Whether a sentence holds any of the words <see cref="Tag"/> reads as a match around a club.</summary>
    private static bool MentionsMatch(ReadOnlySpan<char> sentence)
    {
        if (sentence.Contains('以')) return true;
        foreach (var word in MatchVerbs)
            if (sentence.Contains(word, StringComparison.Ordinal)) return true;
        foreach (var word in MatchWordsAfter)
            if (sentence.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsNameWord(string pos) => pos is "n" or "ns" or "nz" or "nr" or "nt" or "x" or "j" or "s";

    /// <summary>A home or away game, a coach or captain, or a score (以3比1) after the club.</summary>
    private static bool MatchFollows(ReadOnlySpan<char> rest) =>
        Prefixes.IndexAt(rest, MatchWordsAfter) >= 0 || rest.Length >= 2 && rest[0] == '以' && char.IsDigit(rest[1]);
}
