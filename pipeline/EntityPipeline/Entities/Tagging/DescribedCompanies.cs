using EntityPipeline.Documents;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// A company news introduces by what it does (杭州人工智能公司灵犀智元, 具身智能初创公司“灵渡机器人”, 芯片设计公司Arm): the
/// description is no name (guidelines E8: 公司 with common words is generic), its place is a place, and the name right after
/// it is the company. The tagger, trained on 1998's text, where a place and a trade before 公司 named state firms, tags the
/// description and cuts or misses the name. The description is common words before 公司 (jieba's n, vn, a, b, l, and x for
/// a word it does not know: 具身), after at most a place; the name is what the quotation marks hold, a run of Latin letters,
/// or two to four Han characters of nouns and names that hold a coined word (<see cref="IndustryCompanies.IsCoinedName"/>:
/// 灵犀/nr 智元/x, 星槎/n 互娱/x; not 董事长), or the mention the tagger started there. Part of the companies rule. Stateless.
/// </summary>
internal static class DescribedCompanies
{
    private const string Company = "公司";

    private const int MaxDescription = 8, MaxQuoted = 10, MaxHanName = 4;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (!text[..length].Contains(Company, StringComparison.Ordinal)) return; // most sentences name no company
        for (int w = 1; w + 1 < words.Length; w++)
        {
            int companyEnd = words[w].End - baseOffset;
            if (companyEnd >= length || !text[(words[w].Start - baseOffset)..companyEnd].SequenceEqual(Company)) continue;
            int first = FirstDescriptionWord(text, words, baseOffset, w);
            if (first < 0 || NameAfter(text, words, baseOffset, labels, w + 1, length) is not (> 0 and var nameEnd)) continue;
            int description = words[first].Start - baseOffset;
            int place = first > 0 && words[first - 1].Pos == "ns" ? words[first - 1].Start - baseOffset : -1; // 杭州/ns
            int from = place >= 0 ? place : description;
            if (!BioesLabels.CanStart(labels[from]) || nameEnd < length && !BioesLabels.CanStart(labels[nameEnd])) continue;
            labels.AsSpan(from, nameEnd - from).Fill(BioesLabels.Outside);
            if (place >= 0) BioesLabels.Mark(labels, place, description, EntityType.LOC);
            BioesLabels.Mark(labels, text[companyEnd] == '“' ? companyEnd + 1 : companyEnd, nameEnd, EntityType.ORG);
        }
    }

    /// <summary>The first of the common words before 公司 (word <paramref name="company"/>), or −1 when there are none, too many or no noun.</summary>
    private static int FirstDescriptionWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int company)
    {
        int first = -1;
        bool noun = false; // 经营/vn 公司 之道: a verb's object, not a description
        for (int k = company - 1; k >= 0; k--)
        {
            int wordStart = words[k].Start - baseOffset, end = words[company].Start - baseOffset;
            if (!IsDescriptive(words[k].Pos) || !HanCharacters.AllHan(text[wordStart..(words[k].End - baseOffset)]) || end - wordStart > MaxDescription) break;
            first = k;
            noun |= words[k].Pos == "n";
        }
        return noun ? first : -1;
    }

    private static bool IsDescriptive(string pos) => pos is "n" or "vn" or "a" or "b" or "l" or "x";

    /// <summary>Where the company's name after 公司 ends (words from <paramref name="from"/>), or 0 when no name follows.</summary>
    private static int NameAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int from, int length)
    {
        int start = words[from].Start - baseOffset;
        if (start >= length) return 0;
        if (text[start] == '“')
        {
            int close = text[(start + 1)..length].IndexOf('”');
            return close is >= 2 and <= MaxQuoted && !text[(start + 1)..(start + 1 + close)].ContainsAny("，。、；：！？") ? start + 1 + close : 0;
        }
        if (char.IsAsciiLetterUpper(text[start]))
        {
            int end = start;
            while (end < length && (char.IsAsciiLetter(text[end]) || text[end] == ' ' && end + 1 < length && char.IsAsciiLetterUpper(text[end + 1]))) end++;
            return end - start >= 2 ? end : 0;
        }
        // A mention the tagger started there (深度求索) is the name as the tagger ends it.
        if (labels[start] != BioesLabels.Outside && BioesLabels.PartOf(labels[start]) is BioesLabels.B or BioesLabels.S)
        {
            int end = BioesLabels.EndOfSpanStartingAt(labels, start);
            return end - start <= MaxQuoted ? end : 0;
        }
        int nameEnd = 0;
        bool named = false;
        for (int k = from; k < words.Length; k++)
        {
            int wordStart = words[k].Start - baseOffset, wordEnd = words[k].End - baseOffset;
            if (wordEnd > length || wordEnd - start > MaxHanName || words[k].Pos is not ("n" or "nr" or "nz" or "x" or "j")
                || !HanCharacters.AllHan(text[wordStart..wordEnd])) break;
            named |= IndustryCompanies.IsCoinedName(text[wordStart..wordEnd], words[k].Pos);
            nameEnd = wordEnd;
        }
        return named && nameEnd - start >= 2 ? nameEnd : 0;
    }
}
