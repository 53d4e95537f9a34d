using EntityPipeline.Documents;
using EntityPipeline.Entities.Rules.Brackets;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A registered company with a bracketed place or 集团 before its 有限公司 (guidelines E2: 新纶科技（香港）有限公司, 上海华谊（集团）公司)
/// is one organisation from the start of its name, however the tagger cut it: into a place or a foreign city and a piece inside
/// the bracket (科隆/LOC 展览 （上海）有限公司, of which <see cref="BracketedNames"/> takes back only untagged nouns, not the verb
/// 展览), a city and nothing after it (临江市/LOC 建设投资控股（集团）有限公司, untagged), or a name it began a word late (滨海/O
/// 船舶（集团）有限公司/ORG). The name runs back from the bracket over the mentions and name words right before it (jieba's
/// nouns, verbal nouns, places and names; a verb only right before the bracket: 展览, 控股) to a preposition, particle, verb,
/// punctuation or a word for how firms are related (旗下, 下属). Part of the brackets rule. Stateless.
/// </summary>
internal static class BracketedCompanies
{
    /// <summary>Longest qualifier between the brackets, longest words between the bracket and 公司 (投资有限公司), longest name before it.</summary>
    private const int MaxInside = 6, MaxTail = 8, MaxName = 14;

    private const string Company = "公司";

    /// <summary>Words for how a firm relates to another, which open no name (集团旗下/n 滨海船舶).</summary>
    private static readonly string[] Relations = ["旗下", "下属", "所属", "子公司", "母公司", "全资", "控股股东"];

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        for (int open = 1; open < length; open++)
        {
            if (text[open] is not ('（' or '(')) continue;
            int close = Closing(text, open, length);
            if (close < 0) continue;
            int end = CompanyEnd(text, close + 1, length);
            if (end < 0) continue;
            // An organisation the tagger ran on past 公司 (有限公司苏州分行) keeps its tail.
            if (end < length && labels[end] != BioesLabels.Outside && !BioesLabels.CanStart(labels[end])
                && BioesLabels.TypeOf(labels[end]) == EntityType.ORG)
                while (end < length && !BioesLabels.CanEnd(labels[end - 1])) end++;
            int start = NameStart(text, words, baseOffset, labels, open);
            if (start < 0 || open - start < 2 || !BioesLabels.CanStart(labels[start]) || end < length && !BioesLabels.CanStart(labels[end])
                || HasPerson(labels, start, end)) continue;
            BioesLabels.Mark(labels, start, end, EntityType.ORG);
            open = end - 1;
        }
    }

    /// <summary>The closing bracket of the short qualifier opened at <paramref name="open"/>, or −1.</summary>
    private static int Closing(ReadOnlySpan<char> text, int open, int length)
    {
        char closing = text[open] == '（' ? '）' : ')';
        for (int i = open + 1; i < length && i - open <= MaxInside + 1; i++)
        {
            if (text[i] == closing) return i > open + 1 ? i : -1;
            if (!HanCharacters.IsHan(text[i])) return -1;
        }
        return -1;
    }

    /// <summary>Where the company's 公司 ends when the Han characters from <paramref name="at"/> run to it, or −1.</summary>
    private static int CompanyEnd(ReadOnlySpan<char> text, int at, int length)
    {
        for (int i = at; i < length && i - at < MaxTail && HanCharacters.IsHan(text[i]); i++)
            if (text[at..(i + 1)].EndsWith(Company)) return i + 1;
        return -1;
    }

    /// <summary>
    /// Where the name before the bracket at <paramref name="open"/> starts, or −1: first the common words right before it (建设投资控股,
    /// 展览), then the mentions and proper names before those (临江市, 科隆); a common noun there opens no name (现任/n 黑牡丹, 代工企业).
    /// </summary>
    private static int NameStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int open)
    {
        int start = open;
        bool first = true, proper = false;
        while (start > 0 && open - start < MaxName)
        {
            if (labels[start - 1] != BioesLabels.Outside)
            {
                if (BioesLabels.TypeOf(labels[start - 1]) is not (EntityType.ORG or EntityType.LOC)) break;
                int spanStart = start - 1;
                while (BioesLabels.PartOf(labels[spanStart]) is not (BioesLabels.B or BioesLabels.S)) spanStart--;
                if (open - spanStart > MaxName) break;
                start = spanStart;
                first = false;
                proper = true;
                continue;
            }
            if (WordsAt.Ending(words, baseOffset, start) is not { } token) break;
            int wordStart = token.Start - baseOffset;
            var word = text[wordStart..start];
            string pos = token.Pos;
            bool properName = IsProper(pos) && NameWords.IsNamePart(word, pos);
            bool common = !proper && (NameWords.IsNamePart(word, pos) || pos is "vn" or "l" || first && pos == "v");
            if (!(properName || common) || open - wordStart > MaxName || !BioesLabels.AllOutside(labels, wordStart, start)
                || Relations.AsSpan().Contains(word.ToString())) break;
            start = wordStart;
            first = false;
            proper |= properName;
        }
        return start < open ? start : -1;
    }

    /// <summary>jieba's tags of places, names, organisations, abbreviations, Latin words and words it does not know.</summary>
    private static bool IsProper(string pos) => pos is "ns" or "nr" or "nrt" or "nrfg" or "nz" or "nt" or "j" or "eng" or "x";

    private static bool HasPerson(int[] labels, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (labels[i] != BioesLabels.Outside && BioesLabels.TypeOf(labels[i]) == EntityType.PER) return true;
        return false;
    }
}
