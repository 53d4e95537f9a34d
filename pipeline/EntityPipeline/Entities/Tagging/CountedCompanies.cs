using System.Text.RegularExpressions;
using EntityPipeline.Documents;

namespace EntityPipeline.Entities.Tagging;

/// <summary>
/// The names a sentence lists before a count of companies or bodies are organisations: 奥康国际和红蜻蜓两家上市鞋企,
/// 云鲸智能、速腾聚创等二十余家企业, 华为等企业. News names modern firms so, and their names (X科技, X智能, 盒马) are what the
/// tagger, trained on 1998's text, knows least. Each item between 、, 和, 与 and 及 becomes one organisation, whatever the tagger
/// made of it (奥/LOC 康/PER 国际 → 奥康国际). An item is a run of jieba's nouns and names (two words at most), so the first starts after the verb,
/// preposition or punctuation before the list; an item with a verb in it (叮咚买菜) ends the list. Without 等 the list needs
/// two items (该市两家企业 names none). Part of the companies rule. Stateless.
/// </summary>
internal static partial class CountedCompanies
{
    /// <summary>等 and/or a count (两家, 二十余家), a few modifiers, and a noun for companies or bodies.</summary>
    [GeneratedRegex("(等)?([一二两三四五六七八九十百千万几多数余0-9]+[家个所])?(?:上市|知名|头部|龙头|大型|国有|民营|外资|本地)?(?:企业|公司|集团|银行|机构|车企|鞋企|药企|房企|券商|厂商|医院|高校)")]
    private static partial Regex CountedNoun();

    private static readonly string[] Joiners = ["、", "和", "与", "及"];

    /// <summary>
    /// An item's longest extent: jieba tags verbs such as 委托 and 参观 nouns, so a list's first item, with no joiner before it,
    /// would run back over them (委托华夏基金); two words hold 华夏基金, 奥康国际, 云鲸智能.
    /// </summary>
    private const int MaxItem = 10, MaxWords = 2;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var sentence = text[..length].ToString();
        foreach (Match anchor in CountedNoun().Matches(sentence))
        {
            bool etc = anchor.Groups[1].Success;
            if (!etc && !anchor.Groups[2].Success) continue; // 企业 alone counts nothing
            var items = ItemsBefore(sentence, words, baseOffset, anchor.Index);
            if (items.Count < (etc ? 1 : 2)) continue;
            foreach (var (start, end) in items) MarkItem(labels, length, start, end);
        }
    }

    /// <summary>The list's items that end at <paramref name="end"/>, last first: runs of nouns and names, joined by 、, 和, 与 or 及.</summary>
    private static List<(int Start, int End)> ItemsBefore(string text, ReadOnlySpan<Token> words, int baseOffset, int end)
    {
        var items = new List<(int, int)>();
        while (true)
        {
            int start = NamesBefore(text, words, baseOffset, end);
            if (start < 0) break;
            items.Add((start, end));
            var joiner = Joiners.FirstOrDefault(j => start >= j.Length && string.CompareOrdinal(text, start - j.Length, j, 0, j.Length) == 0);
            if (joiner is null) break;
            end = start - joiner.Length;
        }
        return items;
    }

    /// <summary>Where the nouns and names (jieba's words, <see cref="MaxWords"/> at most) that end at <paramref name="end"/> start: two to <see cref="MaxItem"/> characters, or −1.</summary>
    internal static int NamesBefore(string text, ReadOnlySpan<Token> words, int baseOffset, int end)
    {
        int start = end, taken = 0;
        for (int w = words.Length - 1; w >= 0; w--)
        {
            int wordStart = words[w].Start - baseOffset, wordEnd = words[w].End - baseOffset;
            if (wordStart >= start) continue;
            if (wordEnd != start || end - wordStart > MaxItem || taken == MaxWords || !IsNamePart(text.AsSpan(wordStart, wordEnd - wordStart), words[w].Pos)) break;
            start = wordStart;
            taken++;
        }
        return end - start >= 2 ? start : -1;
    }

    /// <summary>Nouns, names, abbreviations, Latin words and jieba's unknown words (云鲸), but no punctuation.</summary>
    private static bool IsNamePart(ReadOnlySpan<char> word, string pos) =>
        !char.IsPunctuation(word[0]) && !char.IsSymbol(word[0]) && !char.IsWhiteSpace(word[0])
        && pos.Length > 0 && (pos[0] == 'n' || pos is "x" or "eng" or "j"); // not vn: 委托 before 华夏基金

    /// <summary>Tags [start, end) one organisation, with any span inside it; leaves it when a span crosses its edges.</summary>
    internal static void MarkItem(int[] labels, int length, int start, int end)
    {
        bool crossesStart = labels[start] != BioesLabels.Outside && BioesLabels.PartOf(labels[start]) is not (BioesLabels.B or BioesLabels.S);
        bool crossesEnd = end < length && labels[end] != BioesLabels.Outside && BioesLabels.PartOf(labels[end]) is not (BioesLabels.B or BioesLabels.S);
        if (crossesStart || crossesEnd) return;
        BioesLabels.Mark(labels, start, end, EntityType.ORG);
    }
}
