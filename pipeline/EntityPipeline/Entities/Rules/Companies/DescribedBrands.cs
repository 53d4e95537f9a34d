using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Text;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// A word for a company right before a two-character word and a trade (车企 启航 汽车, 主办方 追光 音乐) is a company whatever
/// jieba's tag of the word: <see cref="ContextualCompanies"/> takes nouns and names only, and a brand made of a verb is
/// neither. The descriptor (<see cref="ContextualCompanies.Descriptors"/>) says a company follows, so the word is its name
/// unless it is a place, a pronoun, a number, a word of time or position, an adjective (公司最大资本: what the company
/// has), a verb of trade (车企供应动力电池) or a function word. Company words after the trade (有限公司) are part of it. A span the tagger found inside gives
/// way; one reaching outside stays. Gated on the descriptor's last character. Part of the companies rule. Stateless.
/// </summary>
internal static class DescribedBrands
{
    private static readonly System.Buffers.SearchValues<char> DescriptorLasts =
        System.Buffers.SearchValues.Create(string.Concat(ContextualCompanies.Descriptors.Select(d => d[^1])));

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var descriptors = ContextualCompanies.Descriptors.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 0; w + 2 < words.Length; w++)
        {
            int end = words[w + 2].End - baseOffset;
            if (end > length) break;
            if (!DescriptorLasts.Contains(text[words[w].End - baseOffset - 1]) || !descriptors.Contains(words[w].In(text, baseOffset))) continue;
            var name = words[w + 1].In(text, baseOffset);
            if (name.Length != 2 || !HanCharacters.AllHan(name) || PlaceNames.Lexicon.TypesOf(name) != 0 || !MayName(words[w + 1].Pos) || TradeVerbs.Contains(name)
                || !IndustryCompanies.TradeOfBrand(words[w + 2].In(text, baseOffset))) continue;
            int companyEnd = CompanyNames.CompanyWordsEnd(text, words, baseOffset, labels, w + 3, out _);
            BioesLabels.MarkUnlessCrossed(labels, length, words[w + 1].Start - baseOffset, companyEnd > 0 ? companyEnd : end, EntityType.ORG);
        }
    }

    // What a company does with goods (车企供应动力电池): a verb of trade before a trade is no brand.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TradeVerbs =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["供应", "供货", "生产", "销售", "采购", "提供", "研发", "制造", "出口", "进口", "交付", "投资", "收购", "配套"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool MayName(string pos) => pos is not ("ns" or "r" or "m" or "t" or "f" or "p" or "c" or "u" or "uj" or "ul" or "d" or "q" or "x" or "a" or "ad" or "b");
}
