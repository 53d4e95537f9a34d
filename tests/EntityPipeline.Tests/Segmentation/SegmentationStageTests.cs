using EntityPipeline.Documents;
using EntityPipeline.Entities;
using EntityPipeline.Segmentation;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Segmentation;

public sealed class SegmentationStageTests
{
    [Fact]
    public void Tokens_tile_each_sentence_with_document_offsets_and_keep_full_width_numbers_whole()
    {
        // Given a document with a full-width number and white space inside a sentence
        var doc = new Document("d", "标题\n上海市ＧＤＰ增长５．５％， 达到４万亿元。");
        new SentenceStage(new SentenceSplitter()).Process(doc);

        new SegmentationStage(PosTagging.None).Process(doc);

        var words = doc.Tokens.Select(t => doc.Slice(t.Start, t.End)).ToList();
        Assert.Contains("５．５％", words);
        Assert.Contains("上海市", words);
        Assert.All(doc.Tokens, t => Assert.False(string.IsNullOrWhiteSpace(doc.Slice(t.Start, t.End))));
        // Tokens are ordered, do not overlap, and cover every non-space character of every sentence
        Assert.All(doc.Tokens.Zip(doc.Tokens.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
        var covered = doc.Tokens.Sum(t => t.Length);
        var nonSpace = doc.Sentences.Sum(s => doc.Slice(s.Start, s.End).Count(c => !char.IsWhiteSpace(c)));
        Assert.Equal(nonSpace, covered);
    }

    [Fact]
    public void With_pos_the_dictionary_stage_finds_people_places_and_organizations()
    {
        var doc = new Document("d", "习近平在北京会见了联合国秘书长。");
        new SentenceStage(new SentenceSplitter()).Process(doc);
        new SegmentationStage(PosTagging.Hmm).Process(doc);

        new DictionaryEntityStage().Process(doc);

        var found = doc.Mentions.Select(m => (doc.Slice(m.Start, m.End), m.Type, m.Source)).ToList();
        Assert.Contains(("习近平", EntityType.PER, MentionSource.Dictionary), found);
        Assert.Contains(("北京", EntityType.LOC, MentionSource.Dictionary), found);
        Assert.Contains(("联合国", EntityType.ORG, MentionSource.Dictionary), found);
    }

    [Fact]
    public void Lexicon_pos_tags_each_word_of_the_plain_cut_with_its_dictionary_tag()
    {
        var doc = new Document("d", "长三角的GDP增长了5.5%，鑫垚淼说。");
        new SentenceStage(new SentenceSplitter()).Process(doc);

        new SegmentationStage(PosTagging.Lexicon).Process(doc);

        var tagged = doc.Tokens.ToDictionary(t => doc.Slice(t.Start, t.End), t => t.Pos);
        Assert.Equal("ns", tagged["长三角"]);       // in jieba's dictionary
        Assert.Equal("eng", tagged["GDP"]);         // Latin, not in it
        Assert.Equal("x", JiebaResources.PosLexicon.Tag("鑫垚淼"));  // a word not in the dictionary: no guess
        Assert.Equal("m", JiebaResources.PosLexicon.Tag("1,234.5"));
        Assert.All(doc.Tokens, t => Assert.False(string.IsNullOrEmpty(t.Pos)));
    }

    [Fact]
    public void Words_that_do_not_match_the_text_are_an_error_not_a_guess()
    {
        var into = new List<Token>();
        var e = Assert.Throws<InvalidOperationException>(() => WordAligner.Align("上海市", 10, [("上海", ""), ("县", "")], into));
        Assert.Contains("offset 12", e.Message);
    }
}
