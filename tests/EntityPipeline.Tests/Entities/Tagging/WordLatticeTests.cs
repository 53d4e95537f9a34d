using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Segmentation;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class WordLatticeTests
{
    private const uint B = 1, M = 2, E = 4;
    private const int Person = 0, Place = 3, Other = 12;

    [Fact]
    public void Every_dictionary_word_covering_a_character_shows_not_only_the_segmentations()
    {
        // jieba's dictionary holds 浦东 (ns), 新区 (ns) and 浦东新区 (ns): the 东 of 浦东新区 is the end of one place and the middle of another.
        var codes = new uint[6];
        WordLattice.MatchDictionary("浦东新区工作", JiebaResources.PosLexicon, codes);

        Assert.Equal(B << Place, codes[0] & 7u << Place);
        Assert.Equal((M | E) << Place, codes[1] & 7u << Place);
        Assert.Equal((B | M) << Place, codes[2] & 7u << Place);
        Assert.Equal(E << Place, codes[3] & 7u << Place);
        Assert.Equal([B << Other, E << Other], codes[4..].Select(c => c & 7u << Other)); // 工作 (vn), another word
        Assert.All(codes, c => Assert.Equal(0u, c & 7u << Person));
    }

    [Fact]
    public void Dictionary_words_stop_at_digits_and_punctuation()
    {
        var codes = new uint[4];
        WordLattice.MatchDictionary("上海，1", JiebaResources.PosLexicon, codes);
        Assert.Equal([B << Place, E << Place, 0u, 0u], codes);
    }

    [Fact]
    public void Every_lexicon_entry_covering_a_character_shows_by_type()
    {
        // 北京大学 (ORG) and 北京 (LOC) overlap: the longest match alone would hide 北京 the place.
        var lexicon = new EntityLexicon([
            KeyValuePair.Create("北京大学", EntityLexicon.Mask(EntityType.ORG)),
            KeyValuePair.Create("北京", EntityLexicon.Mask(EntityType.LOC)),
            KeyValuePair.Create("大学", (byte)(EntityLexicon.Mask(EntityType.ORG) | EntityLexicon.Mask(EntityType.LOC))),
        ]);
        var codes = new uint[5];
        WordLattice.MatchLexicon("北京大学生", lexicon, codes);

        const int Loc = 3, Org = 6;
        Assert.Equal(B << Loc | B << Org, codes[0]);
        Assert.Equal(E << Loc | M << Org, codes[1]);
        Assert.Equal(B << Loc | (M | B) << Org, codes[2]);
        Assert.Equal(E << Loc | E << Org, codes[3]);
        Assert.Equal(0u, codes[4]);
    }

    [Fact]
    public void Lattice_features_are_a_separate_group_that_leaves_the_other_features_alone()
    {
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16));
        var lattice = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, Lattice: true));
        Assert.Equal(plain.SlotsPerChar + 3, lattice.SlotsPerChar);

        const string text = "浦东新区工作";
        Token[] tokens = [new(0, 4, "ns"), new(4, 6, "vn")];
        var withLattice = new int[text.Length * lattice.SlotsPerChar];
        var without = new int[text.Length * plain.SlotsPerChar];
        lattice.Extract(text, tokens, 0, withLattice);
        plain.Extract(text, tokens, 0, without);
        // The plain features come first and are unchanged; 东 and 区 differ only in what the lattice reads.
        for (int i = 0; i < text.Length; i++)
            Assert.Equal(without.AsSpan(i * plain.SlotsPerChar, plain.SlotsPerChar - 2).ToArray(), withLattice.AsSpan(i * lattice.SlotsPerChar, plain.SlotsPerChar - 2).ToArray());
        Assert.NotEqual(withLattice[1 * lattice.SlotsPerChar + plain.SlotsPerChar - 2], withLattice[3 * lattice.SlotsPerChar + plain.SlotsPerChar - 2]);
    }
}
