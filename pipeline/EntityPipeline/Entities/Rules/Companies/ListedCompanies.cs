using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A name right before a bracketed securities code is a listed company (明岚科技（01234.HK）, 华友达（600123）, 青云药业（股票代码：688123）):
/// news gives a listed firm's code after its name, and the tagger, which never saw codes, reads a coined name as a person
/// or a place (澜迅智运 as 迅/PER). The code is digits with an exchange's suffix (.HK, .SH, .SZ, .BJ), six digits alone (an
/// A-share), or digits after 股票代码 or 证券代码. The name is jieba's words back from the bracket, up to
/// <see cref="MaxName"/> characters, to the first word that cannot be part of one: punctuation, a preposition, conjunction
/// or particle (据, 与, 的; also glued to the name in jieba's unknown word, 据朗星/x), a verb of two characters (关注), or a
/// word for a company (港股上市公司). A span the tagger found
/// inside gives way; one reaching outside stays. Gated on the bracket. Part of the companies rule. Stateless.
/// </summary>
internal static class ListedCompanies
{
    private const int MaxName = 8;

    private const string Prepositions = "据从由向与和对给把将为被经";

    private static readonly string[] Exchanges = ["HK", "SH", "SZ", "BJ"];

    private static readonly string[] CodeLabels = ["股票代码", "证券代码"];

    /// <summary>Words for a listed company right before its name: they end the name.</summary>
    private static readonly string[] CompanyWords = ["公司", "上市公司", "企业", "港股", "美股", "龙头", "券商", "集团", "旗下", "子公司", "母公司"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int open = text[..length].IndexOfAny('（', '('); open > 0; )
        {
            if (IsCode(text[(open + 1)..length]))
            {
                int start = NameStart(text, words, baseOffset, open);
                if (start >= 0) BioesLabels.MarkUnlessCrossed(labels, length, start, open, EntityType.ORG);
            }
            int next = text[(open + 1)..length].IndexOfAny('（', '(');
            open = next < 0 ? -1 : open + 1 + next;
        }
    }

    /// <summary>Whether <paramref name="after"/> (what follows the opening bracket) is a securities code and its closing bracket.</summary>
    internal static bool IsCode(ReadOnlySpan<char> after)
    {
        int close = after.IndexOfAny('）', ')');
        if (close < 0) return false;
        var code = after[..close].Trim();
        foreach (var label in CodeLabels)
            if (code.StartsWith(label))
            {
                code = code[label.Length..].TrimStart("：: ");
                return code.Length >= 4 && Digits(code) >= 4;
            }
        int digits = Digits(code);
        if (digits == code.Length) return digits == 6; // an A-share code alone
        if (digits < 4 || digits + 3 != code.Length || code[digits] is not ('.' or '．')) return false;
        var exchange = code[(digits + 1)..];
        foreach (var e in Exchanges)
            if (exchange.Equals(e, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int Digits(ReadOnlySpan<char> code)
    {
        int n = 0;
        while (n < code.Length && char.IsAsciiDigit(code[n])) n++;
        return n;
    }

    /// <summary>Where the name that ends at <paramref name="open"/> starts, or −1 when no word of one is there.</summary>
    private static int NameStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int open)
    {
        int start = -1;
        for (int k = words.Length - 1; k >= 0; k--)
        {
            int wordStart = words[k].Start - baseOffset, wordEnd = words[k].End - baseOffset;
            if (wordEnd > open) continue;
            if (wordEnd < open && start < 0) return -1; // the bracket opens inside a word
            var word = text[wordStart..wordEnd];
            if (open - wordStart > MaxName || !IsNameWord(word, words[k].Pos)) break;
            start = wordStart;
            // jieba's unknown word can take in the preposition before the name (据朗星/x 电气).
            if (words[k].Pos == "x" && word.Length > 2 && Prepositions.Contains(word[0])) return start + 1;
        }
        return start;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word, string pos)
    {
        foreach (var c in word)
            if (!HanCharacters.IsHan(c) && !char.IsAsciiLetterOrDigit(c) && c != '-') return false; // 美团-W
        if (pos is "p" or "c" or "uj" or "ul" or "uz" or "ug" or "r" or "d" or "m" or "t" || pos[0] == 'v' && word.Length > 1) return false;
        foreach (var companyWord in CompanyWords)
            if (word.SequenceEqual(companyWord)) return false;
        return true;
    }
}
