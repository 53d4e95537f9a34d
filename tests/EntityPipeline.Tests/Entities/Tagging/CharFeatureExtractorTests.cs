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
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16));
        var longNames = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, LongNames: true));
        Assert.Equal(plain.SlotsPerChar + 4, longNames.SlotsPerChar);

        // 上 is twelve characters from the last word: its own features cannot tell the phrases apart ...
        Assert.Equal(Row(plain, station, 0), Row(plain, town, 0));
        // ... the phrase features can: a facility closes the one, a place suffix the other.
        Assert.NotEqual(Row(longNames, station, 0), Row(longNames, town, 0));
    }

    [Fact]
    public void A_function_word_ends_the_phrase()
    {
        // 上海 的 地铁站: with 的 between them, 上海 and 站 are not one phrase, so 上 reads the same whatever ends it.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, LongNames: true));
        (string, Token[]) Broken(char last, string pos) =>
            ("上海的地铁" + last, [new Token(0, 2, "ns"), new Token(2, 3, "uj"), new Token(3, 5, "n"), new Token(5, 6, pos)]);
        Assert.Equal(Row(extractor, Broken('站', "v"), 0), Row(extractor, Broken('镇', "n"), 0));
    }

    [Fact]
    public void White_space_between_names_reads_as_an_enumeration_comma()
    {
        // The corpora hold no white space; a byline's spaces (记者 齐中熙 何欣荣) read as the 、 of a list of names.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16));
        Token[] tokens = [new(0, 3, "nr"), new(3, 4, "x"), new(4, 7, "nr")];
        foreach (string spaced in new[] { "齐中熙 何欣荣", "齐中熙\u3000何欣荣" })
            for (int i = 0; i < 7; i++)
                Assert.Equal(Row(extractor, ("齐中熙、何欣荣", tokens), i), Row(extractor, (spaced, tokens), i));
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
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, PersonCues: true));
        Assert.Equal(new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16)).SlotsPerChar + 2, extractor.SlotsPerChar);
        Token[] tokens = [new(0, 2, "n"), new(2, 5, "nr"), new(5, 6, "v")];
        var reporter = Row(extractor, ("记者左金文说", tokens), 3);
        var reader = Row(extractor, ("读者左金文说", tokens), 3);
        Assert.NotEqual(reporter[^3], reader[^3]); // the title slot, before the two lexicon slots
    }

    [Fact]
    public void Short_forms_know_province_abbreviations_and_doubled_given_names()
    {
        Assert.True(ShortForms.IsPlaceAbbreviation('皖'));
        Assert.False(ShortForms.IsPlaceAbbreviation('省'));
        // 张欢欢: surname, first and second doubled character; 常常 (no surname before) and 张张 (the surname itself) are not names.
        Assert.Equal([1u, 2u, 3u, 0u], Enumerable.Range(0, 4).Select(i => ShortForms.DoubledName("张欢欢说", i)));
        Assert.Equal([0u, 0u, 0u], Enumerable.Range(0, 3).Select(i => ShortForms.DoubledName("他常常", i)));
        Assert.Equal([0u, 0u, 0u], Enumerable.Range(0, 3).Select(i => ShortForms.DoubledName("张张嘴", i)));

        // 苏 in 苏浙皖 reads its neighbours as abbreviations too; in 苏州 it does not.
        var extractor = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, ShortForms: true));
        Assert.Equal(new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16)).SlotsPerChar + 2, extractor.SlotsPerChar);
        var list = Row(extractor, ("苏浙皖", [new Token(0, 3, "j")]), 0);
        var city = Row(extractor, ("苏州湾", [new Token(0, 3, "ns")]), 0);
        Assert.NotEqual(list[^4], city[^4]); // the abbreviation slot, before the short-form pair slot and the two lexicon slots
    }

    [Fact]
    public void Corpus_features_are_copies_per_annotation_convention_and_leave_the_shared_features_alone()
    {
        var plain = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16));
        var corpus = new CharFeatureExtractor(new TaggerFeatureOptions(HashBits: 16, CorpusFeatures: true));
        Assert.Equal(plain.SlotsPerChar + 4, corpus.SlotsPerChar);

        const string text = "李鹏在北京";
        Token[] tokens = [new(0, 2, "nr"), new(2, 3, "p"), new(3, 5, "ns")];
        int[] Features(CharFeatureExtractor extractor, int convention)
        {
            var features = new int[text.Length * extractor.SlotsPerChar];
            extractor.Extract(text, tokens, 0, features, extractor.Lexicon, extractor.SlotsPerChar, convention);
            return features;
        }
        int[] shared = Features(plain, 0), target = Features(corpus, 0), other = Features(corpus, 1);
        for (int i = 0; i < text.Length; i++)
        {
            var row = (int[] f, int width, int from, int count) => f.AsSpan(i * width + from, count).ToArray();
            Assert.Equal(row(shared, plain.SlotsPerChar, 0, plain.SlotsPerChar), row(target, corpus.SlotsPerChar, 0, plain.SlotsPerChar));
            Assert.Equal(row(target, corpus.SlotsPerChar, 0, plain.SlotsPerChar), row(other, corpus.SlotsPerChar, 0, plain.SlotsPerChar));
            // The four copies are the convention's own: none is shared between conventions.
            Assert.Empty(row(target, corpus.SlotsPerChar, plain.SlotsPerChar, 4).Intersect(row(other, corpus.SlotsPerChar, plain.SlotsPerChar, 4)));
        }
    }
}
