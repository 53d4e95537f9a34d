using System.Collections.Frozen;
using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A fund named from its place and its purpose is an organisation: 北京市 人工智能 产业 投资 基金, 上海 未来 产业 基金 (MSRA's training
/// text tags 北京市文化发展基金, 非洲发展基金 so). The tagger finds the place and leaves the rest; the place, the nouns after it and
/// the fund's word become one organisation where the word before 基金 says what kind of fund it is (产业, 投资, 发展 …), so a
/// place's funds of a trade (美国 对冲 基金) are left alone. Part of the companies rule. Stateless.
/// </summary>
internal static class NamedFunds
{
    /// <summary>Kinds of fund a named one is, right before 基金 (or in jieba's word with it: 专项基金).</summary>
    private static readonly FrozenSet<string> Kinds =
        new[] { "产业", "投资", "发展", "专项", "引导", "科创", "创投", "天使", "创新" }.ToFrozenSet(StringComparer.Ordinal);

    private const string Fund = "基金";

    /// <summary>Longest run of words between the place and the fund's word.</summary>
    private const int MaxBetween = 10;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        if (text[..length].IndexOf(Fund, StringComparison.Ordinal) < 0) return; // most sentences name no fund
        var kinds = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 1; w < words.Length; w++)
        {
            int at = words[w].Start - baseOffset, end = words[w].End - baseOffset;
            var word = text[at..end];
            if (end > length || !word.EndsWith(Fund) || !BioesLabels.AllOutside(labels, at, end)) continue;
            bool named = word.Length > Fund.Length ? kinds.Contains(word[..^Fund.Length])
                : kinds.Contains(text[(words[w - 1].Start - baseOffset)..at]);
            if (!named) continue;
            for (int k = w - 1; k >= 0 && at - (words[k].End - baseOffset) <= MaxBetween; k--)
            {
                int start = words[k].Start - baseOffset, wordEnd = words[k].End - baseOffset;
                if (BioesLabels.StartOfSpanEndingAt(labels, wordEnd) is >= 0 and var place && BioesLabels.TypeOf(labels[place]) == EntityType.LOC
                    && BioesLabels.AllOutside(labels, wordEnd, at))
                {
                    BioesLabels.Mark(labels, place, end, EntityType.ORG);
                    break;
                }
                if (!BioesLabels.AllOutside(labels, start, wordEnd) || !IsNameWord(words[k].Pos)) break;
            }
        }
    }

    /// <summary>Words a fund's name holds between its place and 基金: nouns, verbal nouns, abbreviations, unknown words, times (未来).</summary>
    private static bool IsNameWord(string pos) => pos is "n" or "vn" or "nz" or "j" or "x" or "t" or "l" or "b";
}
