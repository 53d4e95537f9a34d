using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A company named from an unnamed division, its trade and 公司 or 集团 (市自来水公司, 县石油公司, 市燃气集团) is one
/// organisation, 市 included: local news names the city's utilities so, as it names 市政协 and 市发展改革委 (guidelines E10;
/// MSRA tags such companies whole). The tagger finds the bodies but misses many of the companies. The division is
/// jieba's word 市, 县, 区, 省 or 镇 by itself (or glued to the trade's first character, 市城/x 投 集团, or to a preposition
/// before it, 从市/x 公交 集团) at the start of a clause or after a preposition, conjunction, particle or verb: after a place or a pronoun it is part of that word (上海市,
/// 该市), and the rule needs none. The trade is one to <see cref="MaxTradeWords"/> nouns of at most <see cref="MaxTrade"/>
/// characters. A span the tagger found inside gives way; one reaching outside stays. Part of the companies rule. Stateless.
/// </summary>
internal static class CityCompanies
{
    private const string Divisions = "市县区省镇";

    private const string Prepositions = "从由向与和对给把将据经在被为";

    private const int MaxTradeWords = 3, MaxTrade = 6;

    private static readonly string[] Heads = ["公司", "集团", "总公司", "集团公司", "有限公司", "有限责任公司"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int w = 0; w < words.Length - 2; w++)
        {
            int start = words[w].Start - baseOffset;
            if (start >= length) break;
            int trade = words[w].End - words[w].Start - 1; // characters of the trade in the division's word
            if (GluedPreposition(text, words[w], baseOffset)) { start++; trade = 0; } // 从市/x 公交 集团
            else if (!Divisions.Contains(text[start]) || !OpensDivision(text, words[w], baseOffset) || !AfterBoundary(text, words, baseOffset, w)) continue;
            int head = HeadAfterTrade(text, words, baseOffset, w, trade);
            if (head < 0) continue;
            int end = words[head].End - baseOffset;
            if (end <= length) BioesLabels.MarkUnlessCrossed(labels, length, start, end, EntityType.ORG);
        }
    }

    /// <summary>The division alone, or glued to the trade in jieba's unknown word (市城/x).</summary>
    private static bool OpensDivision(ReadOnlySpan<char> text, Token word, int baseOffset) =>
        word.End - word.Start == 1 || word.Pos == "x" && word.End - word.Start == 2 && HanCharacters.IsHan(text[word.Start - baseOffset + 1]);

    /// <summary>jieba's unknown word of a preposition and the division (从市/x, 由市/x).</summary>
    private static bool GluedPreposition(ReadOnlySpan<char> text, Token word, int baseOffset) =>
        word.Pos == "x" && word.End - word.Start == 2 && Prepositions.Contains(text[word.Start - baseOffset]) && Divisions.Contains(text[word.Start - baseOffset + 1]);

    /// <summary>Whether word <paramref name="w"/> opens its clause or follows a preposition, conjunction, particle or verb.</summary>
    private static bool AfterBoundary(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int w)
    {
        if (w == 0) return true;
        var previous = words[w - 1];
        if (!HanCharacters.IsHan(text[previous.End - baseOffset - 1])) return true;
        return previous.Pos is "p" or "c" or "uj" or "ul" or "d" or "t" || previous.Pos[0] == 'v';
    }

    /// <summary>The word of <see cref="Heads"/> after one to <see cref="MaxTradeWords"/> nouns of trade after the division word <paramref name="w"/>, or −1.</summary>
    private static int HeadAfterTrade(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int w, int tradeChars)
    {
        for (int k = w + 1; k < words.Length && k <= w + 1 + MaxTradeWords; k++)
        {
            var word = words[k].In(text, baseOffset);
            if (IsHead(word)) return tradeChars >= 2 ? k : -1;
            if (!HanCharacters.AllHan(word) || !IsTradeWord(words[k].Pos)) return -1;
            tradeChars += word.Length;
            if (tradeChars > MaxTrade) return -1;
        }
        return -1;
    }

    private static bool IsTradeWord(string pos) => pos is "n" or "vn" or "nz" or "l" or "j" or "x";

    private static bool IsHead(ReadOnlySpan<char> word)
    {
        foreach (var head in Heads)
            if (word.SequenceEqual(head)) return true;
        return false;
    }
}
