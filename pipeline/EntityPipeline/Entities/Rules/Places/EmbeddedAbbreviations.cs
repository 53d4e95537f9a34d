using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Facilities;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Places;

/// <summary>
/// A one-character place inside a longer word that names no other place is no place: 美 in 小美, 国美 and 美得, 奥 in 奥运会,
/// 瑞 in 格瑞卫康, 泽 in 泽哥, as jieba reads the words (issue 19's guard against one character as a place). What stays is
/// what MSRA and the guidelines (E6) tag: China's and its provinces' abbreviations wherever they stand (中药, 京剧, 在京),
/// an abbreviation after a verb of going there (访美, 驻日, 供港) or before a country's army or officials (美军, 俄外长), and runs
/// (新马, 意西). A side in talks (中方, 日方), 华人, 华侨, 华裔 and 进出港 are no places (<see cref="IsSideOrGroup"/>), nor a
/// free-trade port's 港 (<see cref="DropFreePorts"/>). A rule on the decoded labels and jieba's words, so it holds for every
/// model. Stateless.
/// </summary>
internal static class EmbeddedAbbreviations
{
    /// <summary>One-character abbreviations of countries and continents: a word holding two (新马, 美日) is a run of places.</summary>
    private const string Countries = "美日英法德俄韩朝印越泰澳加意西葡荷比瑞罗欧亚非新马伊以巴奥";

    /// <summary>Verbs of going to or being in a place, and MSRA's 抗日 and 援朝 (places), before an abbreviation that is a place (访美, 驻日, 供港).</summary>
    private const string Before = "访来赴驻抵离留进在返抗援供使";

    /// <summary>A country's army, nationals, capital, firms and officials after its abbreviation (美军, 韩籍, 俄外长, 美总统).</summary>
    private const string After = "军籍裔资企外总首";

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Drop(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        int place = BioesLabels.Label(EntityType.LOC, BioesLabels.S);
        DropFreePorts(text, labels, length, place);
        foreach (var word in words)
        {
            int start = word.Start - baseOffset, end = Math.Min(word.End - baseOffset, length);
            if (start < 0 || end - start < 2) continue;
            int at = labels.AsSpan(start, end - start).IndexOf(place);
            if (at < 0) continue;
            at += start;
            if (IsSideOrGroup(text[start..end]))
            {
                labels[at] = BioesLabels.Outside;
                continue;
            }
            if (Chinese(text[at]) || at > start && Before.Contains(text[at - 1])
                || at + 1 < end && After.Contains(text[at + 1])) continue;
            if (Alone(text, labels, start, end, at)) labels[at] = BioesLabels.Outside;
        }
    }

    /// <summary>
    /// A side in talks (中方, 美方, 欧方) or a group of Chinese descent (华人, 华侨, 华裔): the guidelines' golds and People's Daily leave
    /// them untagged (E12's generic words), where MSRA tags the character (中方 76 times in its training text, none in its dev). So is
    /// a port's or airport's traffic (进出港航班).
    /// </summary>
    private static bool IsSideOrGroup(ReadOnlySpan<char> word) =>
        word.Length == 2 && (word[1] == '方' && (Chinese(word[0]) || Countries.Contains(word[0])) || word is "华人" or "华侨" or "华裔")
        || word is "进出港"; // not Hong Kong: MSRA tags 港 in none of its one 进出港

    /// <summary>
    /// 港 after 自由贸易 or 自贸 is a free-trade port's, not Hong Kong (jieba's 自由贸易/l 港/n): no place by itself, so the zone's name
    /// runs on through it (<see cref="FacilityNames"/>: 海南自由贸易港, one place).
    /// </summary>
    private static void DropFreePorts(ReadOnlySpan<char> text, int[] labels, int length, int place)
    {
        if (text[..length].IndexOf('贸') < 0) return; // most sentences name no free-trade zone
        for (int at = 2; at < length; at++)
            if (text[at] == '港' && labels[at] == place && (text[..at].EndsWith("自由贸易") || text[..at].EndsWith("自贸"))) labels[at] = BioesLabels.Outside;
    }

    /// <summary>China's, its provinces' and Harbin's abbreviations (中, 华, 京, 哈), which MSRA tags wherever they stand.</summary>
    private static bool Chinese(char c) => ShortForms.IsPlaceAbbreviation(c) || c is '中' or '华' or '哈';

    /// <summary>Whether the word holds no label but the place at <paramref name="at"/>, and no other abbreviation.</summary>
    private static bool Alone(ReadOnlySpan<char> text, int[] labels, int start, int end, int at)
    {
        for (int i = start; i < end; i++)
            if (i != at && (labels[i] != BioesLabels.Outside || Chinese(text[i]) || Countries.Contains(text[i])))
                return false;
        return true;
    }
}
