using EntityPipeline.Documents;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training.Corpora;

public sealed class CharTagReaderTests
{
    [Fact]
    public void Reads_sentences_spans_and_the_empty_tag_quirk()
    {
        // Two sentences; "0<TAB>" (empty tag) reads as O; CRLF tolerated.
        const string input = "郑\tB-PER\r\n振\tI-PER\n铎\tI-PER\n在\tO\n北\tB-LOC\n京\tI-LOC\n\n０\t\n中\tB-ORG\n共\tI-ORG\n\n";
        var sentences = CharTagReader.Read(new StringReader(input), "snippet.bio", CharTagScheme.Msra).ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal("郑振铎在北京", sentences[0].Text);
        Assert.Equal([new(0, 3, EntityType.PER), new(4, 6, EntityType.LOC)], sentences[0].Entities.ToArray());
        Assert.Equal("０中共", sentences[1].Text);
        Assert.Equal([new(1, 3, EntityType.ORG)], sentences[1].Entities.ToArray());
    }

    [Fact]
    public void Adjacent_B_tags_make_separate_spans_and_a_type_change_opens_a_new_one()
    {
        const string input = "山\tB-LOC\n东\tI-LOC\n乐\tB-LOC\n陵\tI-LOC\n局\tI-ORG\n";
        var sentence = Assert.Single(CharTagReader.Read(new StringReader(input), "x.bio", CharTagScheme.Msra));
        Assert.Equal([new(0, 2, EntityType.LOC), new(2, 4, EntityType.LOC), new(4, 5, EntityType.ORG)], sentence.Entities.ToArray());
    }

    [Theory]
    [InlineData("郑 B-PER\n", ":1:")]          // no tab
    [InlineData("郑\tO\n振\tB-XYZ\n", ":2:")]   // unknown type
    public void Errors_name_the_file_and_line(string input, string line)
    {
        var e = Assert.Throws<InvalidDataException>(() => CharTagReader.Read(new StringReader(input), "bad.bio", CharTagScheme.Msra).ToList());
        Assert.Contains("bad.bio" + line, e.Message);
    }

    [SkippableFact]
    public void Dev_file_has_the_documented_counts()
    {
        var path = SharedData.Require("corpora/msra_ner/msra_dev.bio");
        var sentences = CharTagReader.Read(path, CharTagScheme.Msra).ToList();
        Assert.Equal(2250, sentences.Count);
        Assert.Equal(110527, sentences.Sum(s => s.Text.Length));
        Assert.Equal(2045, sentences.Sum(s => s.Entities.Length));
    }

    [Fact]
    public void Weibo_reads_named_mentions_drops_nominal_ones_and_names_each_message()
    {
        // GPE is a place; 老师 (PER.NOM) is no entity here; the digit after each character is its word position.
        const string input = "我0\tO\n在1\tO\n杭0\tB-GPE.NAM\n州1\tI-GPE.NAM\n见0\tO\n老0\tB-PER.NOM\n师1\tI-PER.NOM\n\n20\tO\n王0\tB-PER.NAM\n五1\tI-PER.NAM\n\n";
        var messages = CharTagReader.Read(new StringReader(input), "weibo.dev", CharTagScheme.Weibo).ToList();

        Assert.Equal("我在杭州见老师", messages[0].Text);
        Assert.Equal([new(2, 4, EntityType.LOC)], messages[0].Entities.ToArray());
        Assert.Equal("2王五", messages[1].Text);
        Assert.Equal([new(1, 3, EntityType.PER)], messages[1].Entities.ToArray());
        Assert.Equal(["message 1", "message 2"], messages.Select(m => m.DocumentId));
    }

    [Fact]
    public void Resume_reads_BMES_maps_NAME_ORG_LOC_and_drops_the_other_types()
    {
        // An ORG ends before the department, which is part of the TITLE (O here); S- is a one-character span.
        const string input = "海 B-ORG\n尔 M-ORG\n集 M-ORG\n团 E-ORG\n工 B-TITLE\n会 E-TITLE\n王 B-NAME\n五 E-NAME\n杭 S-LOC\n州 S-LOC\n\n";
        var sentence = Assert.Single(CharTagReader.Read(new StringReader(input), "resume.bmes", CharTagScheme.Resume));

        Assert.Equal("海尔集团工会王五杭州", sentence.Text);
        Assert.Equal([new(0, 4, EntityType.ORG), new(6, 8, EntityType.PER), new(8, 9, EntityType.LOC), new(9, 10, EntityType.LOC)], sentence.Entities.ToArray());
        Assert.Null(sentence.DocumentId);
    }

    [Theory]
    [InlineData("我\tO\n", ":1:")]         // no position digit
    [InlineData("我0\tO\n在1\tB-FOO.NAM\n", ":2:")]
    public void Weibo_errors_name_the_file_and_line(string input, string line)
    {
        var e = Assert.Throws<InvalidDataException>(() => CharTagReader.Read(new StringReader(input), "bad.weibo", CharTagScheme.Weibo).ToList());
        Assert.Contains("bad.weibo" + line, e.Message);
    }

    [SkippableFact]
    public void Weibo_and_Resume_dev_files_have_the_documented_counts()
    {
        var weibo = CharTagReader.Read(SharedData.Require("corpora/weibo_ner/weiboNER_2nd_conll.dev"), CharTagScheme.Weibo).ToList();
        Assert.Equal(270, weibo.Count);
        var resume = CharTagReader.Read(SharedData.Require("corpora/resume_ner/dev.char.bmes"), CharTagScheme.Resume).ToList();
        Assert.Equal(463, resume.Count);
        // The READMEs count all types; named Weibo mentions and Resume's NAME/ORG/LOC are what this project reads.
        Assert.Equal(169, weibo.Sum(s => s.Entities.Length));
        Assert.Equal(635, resume.Sum(s => s.Entities.Length));
    }
}
