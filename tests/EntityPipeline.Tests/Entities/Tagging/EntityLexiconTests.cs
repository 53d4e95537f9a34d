using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class EntityLexiconTests
{
    [Fact]
    public void Gathers_entity_strings_seen_often_enough_with_all_their_types()
    {
        AnnotatedSentence[] sentences =
        [
            new("北京大学在北京。", [new(0, 4, EntityType.ORG), new(5, 7, EntityType.LOC)]),
            new("北京大学很大。", [new(0, 4, EntityType.ORG)]),
            new("他叫北京。", [new(2, 4, EntityType.PER)]),
        ];
        var lexicon = EntityLexicon.Gather(sentences, minCount: 2);
        var entries = lexicon.Entries.ToDictionary();
        Assert.Equal(2, entries.Count);
        Assert.Equal(EntityLexicon.Mask(EntityType.ORG), entries["北京大学"]);
        Assert.Equal(EntityLexicon.Mask(EntityType.LOC) | EntityLexicon.Mask(EntityType.PER), entries["北京"]);
    }

    [Fact]
    public void Each_character_gets_the_longest_match_covering_it()
    {
        // 北京大学 (ORG) wins over 北京 (LOC) at 0..4; 上海 (LOC) matches at 5..7; 的 is covered by nothing.
        var lexicon = new EntityLexicon([
            KeyValuePair.Create("北京", EntityLexicon.Mask(EntityType.LOC)),
            KeyValuePair.Create("北京大学", EntityLexicon.Mask(EntityType.ORG)),
            KeyValuePair.Create("上海", EntityLexicon.Mask(EntityType.LOC)),
        ]);
        var codes = new uint[8];
        lexicon.Match("北京大学和上海的", codes);
        uint org = (uint)EntityLexicon.Mask(EntityType.ORG) << 3, loc = (uint)EntityLexicon.Mask(EntityType.LOC) << 3;
        Assert.Equal([org | 1, org | 2, org | 2, org | 3, 0, loc | 1, loc | 3, 0], codes);
    }

    [Fact]
    public void The_lengths_of_the_entries_that_may_open_a_text_come_from_its_first_two_characters()
    {
        var lexicon = new EntityLexicon([
            KeyValuePair.Create("北京", EntityLexicon.Mask(EntityType.LOC)),
            KeyValuePair.Create("北京大学", EntityLexicon.Mask(EntityType.ORG)),
        ]);
        Assert.Equal(1u << 2 | 1u << 4, lexicon.LengthsAt("北京大学的"));
        Assert.Equal(0u, lexicon.LengthsAt("上海"));
        Assert.Equal(0u, lexicon.LengthsAt("北"));
    }

    [Fact]
    public void A_document_s_tally_matches_as_a_lexicon_built_from_the_same_entries()
    {
        // The document lexicon reads the tally's own dictionary instead of freezing a copy; it must match the same way.
        var tally = new Dictionary<string, byte>(StringComparer.Ordinal);
        FirstPassFeatures.Tally(tally, "北京", EntityType.LOC);
        FirstPassFeatures.Tally(tally, "北京大学", EntityType.ORG);
        FirstPassFeatures.Tally(tally, "北京大学", EntityType.ORG);
        FirstPassFeatures.Tally(tally, "Ｘ光", EntityType.ORG); // folded: Ｘ as X
        var document = FirstPassFeatures.DocumentLexicon(tally);
        var built = new EntityLexicon(tally);
        const string text = "北京大学和北京的X光所";
        uint[] expected = new uint[text.Length], actual = new uint[text.Length];
        built.MatchFolding(text, expected);
        document.MatchFolding(text, actual);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, c => c != 0);
        Assert.Equal(built.TypesOf("北京大学"), document.TypesOf("北京大学"));
        Assert.Equal(0, document.TypesOf("上海"));
        Assert.Equal(built.Entries.OrderBy(e => e.Key, StringComparer.Ordinal), document.Entries.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Matching_a_large_lexicon_finds_what_trying_every_span_finds()
    {
        // Thousands of entries over a small alphabet, so that many positions pass the start filter without starting an entry.
        var random = new Random(3);
        const string alphabet = "北京上海大学中国人民银行省市县";
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var entries = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (int k = 0; k < 3000; k++) entries[Word(random.Next(2, 7))] = (byte)random.Next(1, 8);
        var lexicon = new EntityLexicon(entries);
        for (int trial = 0; trial < 200; trial++)
        {
            var text = Word(random.Next(1, 40));
            var codes = new uint[text.Length];
            lexicon.Match(text, codes);
            Assert.Equal(EverySpan(entries, text), codes);
        }
    }

    /// <summary>The definition of <see cref="EntityLexicon.Match"/>: from left to right, the longest entry at each start, over what no earlier match covers.</summary>
    private static uint[] EverySpan(Dictionary<string, byte> entries, string text)
    {
        var codes = new uint[text.Length];
        int covered = 0;
        for (int i = 0; i + 1 < text.Length; i++)
            for (int len = Math.Min(EntityLexicon.MaxLength, text.Length - i); len >= 2 && i + len > covered; len--)
                if (entries.TryGetValue(text.Substring(i, len), out byte types))
                {
                    for (int j = Math.Max(i, covered); j < i + len; j++) codes[j] = (uint)types << 3 | (j == i ? 1u : j == i + len - 1 ? 3u : 2u);
                    covered = i + len;
                    break;
                }
        return codes;
    }
}
