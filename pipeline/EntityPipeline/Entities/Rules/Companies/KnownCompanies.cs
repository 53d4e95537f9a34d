using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Entities.Rules.Companies;

/// <summary>
/// Companies by the names news calls them: listed companies' short names (海康威视, 亿纬锂能, 中芯国际; Entities/Data/
/// company-names.tsv from an A-share list, Apache License 2.0) and firms known by name (华为, 拼多多, 英伟达, 麦当劳; brand-names.tsv
/// from CC-CEDICT, CC BY-SA 4.0), and firms neither holds (蔚来, 美团, 月之暗面, OpenAI; firm-names.tsv, written by the project),
/// and leagues, international bodies, universities, research bodies and hospitals news names by a short name (中超, CBA,
/// 世卫组织, 川大, 中科院, 协和), Hong Kong and Macao government and civic bodies (商务及经济发展局, 证监会, 统计暨普查局) and news media
/// (财新, 封面新闻, 日本经济新闻; organisation-names.tsv, written by the project). The tagger,
/// trained on 1998's text, misses most modern firms or cuts them (中/LOC 芯国际, 比亚迪/PER). A name that runs over whole jieba
/// words, or over all of them but a function character or a head's title jieba glued to it (到川大; 招行 in 招/行为; 局 in 局局长:
/// <see cref="EntityLexicon.LongestOverGluedWords"/>), with no span crossing its edges (but one the tagger opened at the function
/// character before it: 从卫健委/PER), is an organisation, through its trade
/// and the company's own words after it (中信建投证券, 海康威视股份有限公司); spans inside it give way, but not a place the tagger found
/// that is the whole name (王府井 is a street, and 峨眉山 a mountain, before they are firms). A name that is one jieba word of a
/// common kind (机器人, 农产品, 太平洋: jieba tags it neither a name nor unknown) is left to the tagger, unless the project's own
/// lists hold it (网易/n; they leave common words out). A rule on the decoded labels and jieba's words, so it holds for every
/// model; stateless, the lists loaded once.
/// </summary>
internal static class KnownCompanies
{
    public const string ListedFile = "Entities/Data/company-names.tsv", BrandsFile = "Entities/Data/brand-names.tsv",
        FirmsFile = "Entities/Data/firm-names.tsv", OrganisationsFile = "Entities/Data/organisation-names.tsv";

    // Each file is read once: the derived lists and the project's own feed all three lexicons.
    private static readonly Lazy<KeyValuePair<string, byte>[]> DerivedEntries = new(() =>
        Load((ListedFile, "list of listed companies"), (BrandsFile, "list of companies known by name")));

    private static readonly Lazy<KeyValuePair<string, byte>[]> OwnFirms = new(() => Load((FirmsFile, "list of firms known by name")));

    private static readonly Lazy<KeyValuePair<string, byte>[]> OwnEntries = new(() =>
        [.. OwnFirms.Value.Concat(Load((OrganisationsFile, "list of leagues, bodies, universities, hospitals and media"))).DistinctBy(e => e.Key)]);

    private static readonly Lazy<EntityLexicon> Loaded = new(() => new EntityLexicon(DerivedEntries.Value.Concat(OwnEntries.Value).DistinctBy(e => e.Key)));

    public static EntityLexicon Lexicon => Loaded.Value;

    /// <summary>
    /// The project's own lists (firms, organisations), written leaving out names that are also common words: a name of theirs is
    /// a name even where jieba's dictionary tags it a common noun (网易/n), which the derived lists' names are not.
    /// </summary>
    private static readonly Lazy<EntityLexicon> Curated = new(() => new EntityLexicon(OwnEntries.Value));

    /// <summary>The entries of the files in order, the first of a name kept.</summary>
    private static KeyValuePair<string, byte>[] Load(params (string File, string What)[] files) =>
        [.. files.SelectMany(f => EntityLexicon.LoadShipped(f.File, f.What).Entries).DistinctBy(e => e.Key)];

    /// <summary>The firms alone: listed companies, brands and the project's firms, without its leagues, bodies and media.</summary>
    private static readonly Lazy<EntityLexicon> Firms = new(() => new EntityLexicon(DerivedEntries.Value.Concat(OwnFirms.Value).DistinctBy(e => e.Key)));

    /// <summary>Whether a list of firms holds the name (宁德时代, 波音), not one of bodies (北约, 世卫组织).</summary>
    public static bool IsFirm(ReadOnlySpan<char> name) => Firms.Value.TypesOf(name) != 0;

    /// <summary>Whether the project's own lists hold the name: a news outlet named after its firm (腾讯新闻) is one, no product.</summary>
    public static bool IsOwnListed(ReadOnlySpan<char> name) => Curated.Value.TypesOf(name) != 0;

    /// <summary>Rewrites the first <paramref name="length"/> of a sentence's decoded labels; <paramref name="words"/> at <paramref name="baseOffset"/>.</summary>
    public static void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> words, int baseOffset, int[] labels, int length)
    {
        var names = Lexicon;
        for (int w = 0; w < words.Length; w++)
        {
            if (words[w].Start - baseOffset >= length) break;
            int nameEnd = names.LongestOverGluedWords(text, words, baseOffset, w, length, out int start, out int last);
            if (nameEnd < 0 || last == w && !NameLike(words[w].Pos) && !IsCuratedName(text, start, nameEnd) || IsPlace(labels, start, nameEnd)) continue;
            // A name glued to a function character after it (招/行为) has no words of its own after it.
            bool gluedEnd = nameEnd != words[last].End - baseOffset;
            // Its trade (中信建投证券, 东方日升新能源), then the company's own words (海康威视股份有限公司).
            if (last + 1 < words.Length && words[last + 1].Start - baseOffset == nameEnd && words[last + 1].End - baseOffset <= length
                && IndustryCompanies.TradeOfBrand(text[nameEnd..(words[last + 1].End - baseOffset)])
                && BioesLabels.AllOutside(labels, nameEnd, words[last + 1].End - baseOffset))
                nameEnd = words[++last].End - baseOffset;
            int companyEnd = gluedEnd ? -1 : CompanyNames.CompanyWordsEnd(text, words, baseOffset, labels, last + 1, out _);
            int end = companyEnd > 0 ? companyEnd : nameEnd;
            // A span the tagger opened at the function character before the name (从卫健委/PER) took the glue, not a longer name.
            if (start > 0 && FunctionCharacters.Contains(text[start - 1]) && BioesLabels.StartOfSpanEndingAt(labels, end) == start - 1)
            {
                labels[start - 1] = BioesLabels.Outside;
                BioesLabels.Mark(labels, start, end, EntityType.ORG);
            }
            else BioesLabels.MarkUnlessCrossed(labels, length, start, end, EntityType.ORG);
            w = last;
        }
    }

    /// <summary>
    /// Whether a name jieba tags a common noun is one of <see cref="Curated"/>'s, and not a social-media handle (@小米…). The maker
    /// before its product's model stays a name (小米YU7, as the golds tag it).
    /// </summary>
    private static bool IsCuratedName(ReadOnlySpan<char> text, int start, int end) =>
        IsOwnListed(text[start..end]) && !(start > 0 && text[start - 1] is '@' or '＠');

    /// <summary>Whether the tagger found the name itself a place: many firms are named after theirs (王府井, 峨眉山).</summary>
    private static bool IsPlace(int[] labels, int start, int end) =>
        BioesLabels.StartOfSpanEndingAt(labels, end) == start && BioesLabels.TypeOf(labels[start]) == EntityType.LOC;

    /// <summary>jieba's tags for names (nr, nrt, nz, nt), abbreviations (j) and words it does not know (x, eng).</summary>
    private static bool NameLike(string pos) => pos is "x" or "eng" or "j" || pos.StartsWith("nr", StringComparison.Ordinal) || pos is "nz" or "nt";
}
