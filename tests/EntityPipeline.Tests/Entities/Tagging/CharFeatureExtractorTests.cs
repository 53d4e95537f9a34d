using EntityPipeline.Documents;
using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Tests.Entities.Tagging;

public sealed class CharFeatureExtractorTests
{
    // 上海 地铁 11 号线 昆山 花桥 站|镇: the same seven words but the last, which ends the phrase in a facility or a town.
    private static (string Text, Token[] Tokens) Phrase(char last, string lastPos)
    {
        string text = "上海地铁11号线昆山花桥" + last;
        (int Length, string Pos)[] words = [(2, "ns"), (2, "n"), (2, "m"), (2, "x"), (2, "ns"), (2, "ns"), (1, lastPos)];
        var tokens = new List<Token>();
        int start = 0;
        foreach (var (length, pos) in words)
        {
            tokens.Add(new Token(start, start + length, pos));
            start += length;
        }
        return (text, [.. tokens]);
    }

    private static int[] Row(CharFeatureExtractor extractor, (string Text, Token[] Tokens) phrase, int i)
    {
        var features = new int[phrase.Text.Length * extractor.SlotsPerChar];
        extractor.Extract(phrase.Text, phrase.Tokens, 0, features);
        return features[(i * extractor.SlotsPerChar)..((i + 1) * extractor.SlotsPerChar)];
    }

    [Fact]
    public void With_long_names_a_place_sees_the_facility_that_closes_its_phrase_six_words_on()
    {
        var station = Phrase('站', "v");
        var town = Phrase('镇', "n");
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, LongNames: false, PersonCues: false));
        var longNames = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, PersonCues: false));
        Assert.Equal(plain.SlotsPerChar + 4, longNames.SlotsPerChar);

        // 上 is twelve characters from the last word: its own features cannot tell the phrases apart ...
        Assert.Equal(Row(plain, station, 0), Row(plain, town, 0));
        // ... the phrase features can: a facility closes the one, a place suffix the other.
        Assert.NotEqual(Row(longNames, station, 0), Row(longNames, town, 0));
    }

    [Fact]
    public void A_thread_s_buffers_reused_for_a_shorter_sentence_give_the_features_fresh_ones_do()
    {
        // The scratch keeps the longer sentence's words and codes past the shorter one's end; none may leak into it.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16), new EntityLexicon([KeyValuePair.Create("昆山", EntityLexicon.Mask(EntityType.LOC))]));
        var scratch = new FeatureScratch();
        var (longText, longTokens) = Phrase('站', "v");
        (string Text, Token[] Tokens) shorter = ("上海的地铁", [new Token(0, 2, "ns"), new Token(2, 3, "uj"), new Token(3, 5, "n")]);
        int slots = extractor.SlotsPerChar;
        extractor.Extract(longText, longTokens, 0, new int[longText.Length * slots], slots, scratch);
        var reused = new int[shorter.Text.Length * slots];
        extractor.Extract(shorter.Text, shorter.Tokens, 0, reused, slots, scratch);
        var fresh = new int[shorter.Text.Length * slots];
        extractor.Extract(shorter.Text, shorter.Tokens, 0, fresh);
        Assert.Equal(fresh, reused);
    }

    [Fact]
    public void A_function_word_ends_the_phrase()
    {
        // 上海 的 地铁站: with 的 between them, 上海 and 站 are not one phrase, so 上 reads the same whatever ends it.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, PersonCues: false));
        (string, Token[]) Broken(char last, string pos) =>
            ("上海的地铁" + last, [new Token(0, 2, "ns"), new Token(2, 3, "uj"), new Token(3, 5, "n"), new Token(5, 6, pos)]);
        Assert.Equal(Row(extractor, Broken('站', "v"), 0), Row(extractor, Broken('镇', "n"), 0));
    }

    [Fact]
    public void White_space_between_names_reads_as_an_enumeration_comma()
    {
        // The corpora hold no white space; a byline's spaces (记者 齐中熙 何欣荣) read as the 、 of a list of names.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, LongNames: false, PersonCues: false));
        Token[] tokens = [new(0, 3, "nr"), new(3, 4, "x"), new(4, 7, "nr")];
        foreach (string spaced in new[] { "齐中熙 何欣荣", "齐中熙\u3000何欣荣" })
            for (int i = 0; i < 7; i++)
                Assert.Equal(Row(extractor, ("齐中熙、何欣荣", tokens), i), Row(extractor, (spaced, tokens), i));
    }

    [Fact]
    public void White_space_between_Latin_words_joins_them_as_a_middle_dot()
    {
        // Tim Cook reads as Tim·Cook, the way Chinese text joins the parts of a foreign name; not as a list of two.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, LongNames: false, PersonCues: false));
        Token[] tokens = [new(0, 3, "eng"), new(3, 4, "x"), new(4, 8, "eng")];
        for (int i = 0; i < 8; i++)
            Assert.Equal(Row(extractor, ("Tim·Cook", tokens), i), Row(extractor, ("Tim Cook", tokens), i));
        Assert.NotEqual(Row(extractor, ("Tim、Cook", tokens), 3), Row(extractor, ("Tim Cook", tokens), 3));
    }

    [Fact]
    public void Person_cues_know_surnames_and_titles()
    {
        Assert.Equal(1u, PersonCues.Surname("左金文", 0));
        Assert.Equal(2u, PersonCues.Surname("欧阳修", 0));
        Assert.Equal(0u, PersonCues.Surname("的确", 0));
        Assert.True(PersonCues.IsTitle("新华社记者"));
        Assert.True(PersonCues.IsTitle("主任"));
        Assert.False(PersonCues.IsTitle("任务"));

        // 记者 before a name: with person cues, the name's characters read the title; 读者 is not one.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, LongNames: false, Places: false, GivenNames: false, Names: false));
        Assert.Equal(new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, LongNames: false, PersonCues: false, Places: false, GivenNames: false, Names: false)).SlotsPerChar + 2, extractor.SlotsPerChar);
        Token[] tokens = [new(0, 2, "n"), new(2, 5, "nr"), new(5, 6, "v")];
        var reporter = Row(extractor, ("记者左金文说", tokens), 3);
        var reader = Row(extractor, ("读者左金文说", tokens), 3);
        Assert.NotEqual(reporter[^3], reader[^3]); // the title slot, before the two lexicon slots
    }

    [Fact]
    public void Province_abbreviations_are_known()
    {
        Assert.True(ShortForms.IsPlaceAbbreviation('皖'));
        Assert.False(ShortForms.IsPlaceAbbreviation('省'));
    }

    [Fact]
    public void With_places_a_county_and_its_short_form_are_told_from_an_unknown_name()
    {
        // 昆山 (a county-level city's short form) and 昆山市 match the gazetteer; 苹果 (no division) does not.
        static (string, Token[]) Words(string text) => (text, [new Token(0, 2, "ns"), new Token(2, text.Length, "n")]);
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, Places: false, GivenNames: false, Names: false));
        var places = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, Places: true, GivenNames: false, Names: false));
        Assert.Equal(plain.SlotsPerChar + 2, places.SlotsPerChar);

        int slot = places.SlotsPerChar - 2; // the place code of the character itself
        Assert.NotEqual(-1, Row(places, Words("昆山人"), 0)[slot]);
        Assert.NotEqual(Row(places, Words("昆山市人"), 0)[slot], Row(places, Words("昆山人"), 0)[slot]); // full name vs short form
        Assert.Equal(-1, Row(places, Words("苹果人"), 0)[slot]);
    }

    [Fact]
    public void The_place_gazetteer_holds_full_names_and_short_forms_at_their_levels()
    {
        var lexicon = PlaceNames.Lexicon;
        var masks = lexicon.Entries.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(1, masks["江苏省"]);       // a province
        Assert.Equal(1 | 16, masks["江苏"]);    // its short form
        Assert.Equal(2 | 16, masks["延边"] & (2 | 16)); // 延边朝鲜族自治州 without its ethnic suffix
        Assert.True(masks["花桥镇"] == 8);      // a township
        Assert.True(lexicon.Count > 60_000);
    }

    [Fact]
    public void With_dictionary_names_a_company_the_dictionary_knows_is_told_from_common_words()
    {
        // 比亚迪 (a carmaker, in the dictionary as a company) against 比较好 (no name): only the first matches, and the other
        // features are those of a model without the option.
        static (string, Token[]) Words(string text) => (text, [new Token(0, 3, "nr"), new Token(3, text.Length, "v")]);
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, Names: false));
        var names = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, Names: true));
        Assert.Equal(plain.SlotsPerChar + 2, names.SlotsPerChar);

        int slot = names.SlotsPerChar - 2; // the dictionary code of the character itself
        Assert.NotEqual(-1, Row(names, Words("比亚迪发布"), 0)[slot]);
        Assert.Equal(-1, Row(names, Words("比较好发布"), 0)[slot]);
        Assert.Equal(Row(names, Words("比亚迪发布"), 0)[..plain.SlotsPerChar], Row(plain, Words("比亚迪发布"), 0));
    }

    [Fact]
    public void The_dictionary_of_names_types_companies_people_and_places_and_follows_its_references()
    {
        var masks = DictionaryNames.Lexicon.Entries.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(4, masks["比亚迪"]);  // "BYD Company (company name)"
        Assert.Equal(1, masks["刘德华"]);  // "Andy Lau (1961-), Hong Kong Cantopop singer and actor"
        Assert.Equal(2, masks["沈阳"]);    // "see 沈阳市", a city
        Assert.False(masks.ContainsKey("发展"));
    }

    [Theory]
    [InlineData("places", "# comment\n江苏省\t1\n昆山\n")]           // no level mask
    [InlineData("given names", "# comment\n敏\t5\n的\t9\n")]       // a class out of range
    [InlineData("clusters", "# comment\n推出\t1,2,3\n发布\t1,2\n")] // an id missing
    [InlineData("clusters", "# comment\n推出\t1,2,3\n发布\t1,2,1024\n")] // an id out of range
    public void A_damaged_table_line_names_the_file_and_line(string table, string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write("table.tsv", System.Text.Encoding.UTF8.GetBytes(content));
        var e = Assert.Throws<InvalidDataException>(() =>
        {
            if (table == "places") PlaceNames.Load(path);
            else if (table == "clusters") WordClusters.Load(path);
            else GivenNameChars.Load(path);
        });
        Assert.Contains("table.tsv:3", e.Message);
    }

    [Fact]
    public void With_given_names_an_unseen_name_reads_differently_from_a_surname_before_common_words()
    {
        // 杜长其说 (a name no corpus holds) against 杜绝了说 (杜 opening a verb): the surname's feature sees how typical of
        // given names the two characters after it are.
        static (string, Token[]) Words(string text) => (text, [new Token(0, 3, "nr"), new Token(3, 4, "v")]);
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, GivenNames: false, Names: false));
        var given = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, GivenNames: true, Names: false));
        Assert.Equal(plain.SlotsPerChar + 3, given.SlotsPerChar);

        int asSurname = given.SlotsPerChar - 3;
        Assert.NotEqual(Row(given, Words("杜长其说"), 0)[asSurname], Row(given, Words("杜绝了说"), 0)[asSurname]);
        Assert.Equal(Row(given, Words("杜长其说"), 0)[..plain.SlotsPerChar], Row(plain, Words("杜长其说"), 0));
    }

    [Fact]
    public void The_given_name_table_knows_name_characters_function_words_and_rare_ones()
    {
        Assert.Equal(5u, GivenNameChars.Of('敏'));     // mostly in names
        Assert.Equal(1u, GivenNameChars.Of('的'));     // almost never
        Assert.Equal(GivenNameChars.Rare, GivenNameChars.Of('翀')); // fewer than 5 times in the corpora
        Assert.Equal(GivenNameChars.NotHan, GivenNameChars.Of('A'));
    }

    [Fact]
    public void The_cluster_table_reads_each_granularity_s_id_and_a_word_it_lacks_is_unknown()
    {
        using var folder = new TempFolder();
        var path = folder.Write("clusters.tsv", System.Text.Encoding.UTF8.GetBytes("# comment\n推出\t5,200,1023\n发布\t5,200,17\n"));
        var table = WordClusters.Load(path);
        Assert.Equal([5u, 200u, 1023u], Enumerable.Range(0, WordClusters.Granularities).Select(g => WordClusters.Cluster(table["推出"], g)));
        Assert.Equal(17u, WordClusters.Cluster(table["发布"], 2));
        Assert.Equal(WordClusters.Unknown, WordClusters.Cluster(0, 0));
        Assert.Equal(WordClusters.Unknown, WordClusters.Cluster(WordClusters.Code("没有这个词语啊"), 1));
    }

    [Fact]
    public void The_shipped_clusters_put_words_used_alike_together()
    {
        // Words news uses alike (推出, 发布: launching a product) share their finest cluster; a place falls elsewhere even at the coarsest.
        uint Cluster(string word, int g) => WordClusters.Cluster(WordClusters.Code(word), g);
        Assert.Equal(Cluster("推出", 2), Cluster("发布", 2));
        Assert.NotEqual(Cluster("推出", 0), Cluster("北京", 0));
        Assert.Equal(WordClusters.Unknown, Cluster("锟斤拷锟斤拷", 0));
    }

    [Fact]
    public void With_clusters_words_of_one_cluster_read_alike()
    {
        // 推出了 and 发布了 (two words of one cluster) read alike at the finest cluster of their characters, 北京了 does not; the
        // other features are those of a model without the option.
        static (string, Token[]) Words(string word) => (word + "了", [new Token(0, 2, "v"), new Token(2, 3, "ul")]);
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16));
        var clusters = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, Clusters: true));
        Assert.Equal(plain.SlotsPerChar + WordClusters.Granularities, clusters.SlotsPerChar);

        int finest = clusters.SlotsPerChar - 1;
        Assert.Equal(Row(clusters, Words("推出"), 0)[finest], Row(clusters, Words("发布"), 0)[finest]);
        Assert.NotEqual(Row(clusters, Words("推出"), 0)[finest], Row(clusters, Words("北京"), 0)[finest]);
        Assert.Equal(Row(plain, Words("推出"), 0), Row(clusters, Words("推出"), 0)[..plain.SlotsPerChar]);
    }

    [Fact]
    public void With_clusters_white_space_in_no_word_reads_as_the_enumeration_comma()
    {
        // The space of 王芳 李娜 (in no word) reads as a 、 in no word would, not as a word the clusters do not hold.
        var clusters = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, Clusters: true));
        Token[] names = [new Token(0, 2, "nr"), new Token(3, 5, "nr")];
        int first = clusters.SlotsPerChar - WordClusters.Granularities;
        Assert.Equal(Row(clusters, ("王芳、李娜", names), 2)[first..], Row(clusters, ("王芳 李娜", names), 2)[first..]);
        Assert.NotEqual(Row(clusters, ("王芳ǂ李娜", names), 2)[first..], Row(clusters, ("王芳 李娜", names), 2)[first..]);
    }
}
