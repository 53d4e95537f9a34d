using EntityPipeline.Documents;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training.Corpora;

public sealed class MsraBioReaderTests
{
    [Fact]
    public void Reads_sentences_spans_and_the_empty_tag_quirk()
    {
        // Two sentences; "0<TAB>" (empty tag) reads as O; CRLF tolerated.
        const string input = "郑\tB-PER\r\n振\tI-PER\n铎\tI-PER\n在\tO\n北\tB-LOC\n京\tI-LOC\n\n０\t\n中\tB-ORG\n共\tI-ORG\n\n";
        var sentences = MsraBioReader.Read(new StringReader(input), "snippet.bio").ToList();

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
        var sentence = Assert.Single(MsraBioReader.Read(new StringReader(input), "x.bio"));
        Assert.Equal([new(0, 2, EntityType.LOC), new(2, 4, EntityType.LOC), new(4, 5, EntityType.ORG)], sentence.Entities.ToArray());
    }

    [Theory]
    [InlineData("郑 B-PER\n", ":1:")]          // no tab
    [InlineData("郑\tO\n振\tB-XYZ\n", ":2:")]   // unknown type
    public void Errors_name_the_file_and_line(string input, string line)
    {
        var e = Assert.Throws<InvalidDataException>(() => MsraBioReader.Read(new StringReader(input), "bad.bio").ToList());
        Assert.Contains("bad.bio" + line, e.Message);
    }

    [SkippableFact]
    public void Dev_file_has_the_documented_counts()
    {
        var path = SharedData.Require("corpora/msra_ner/msra_dev.bio");
        var sentences = MsraBioReader.Read(path).ToList();
        Assert.Equal(2250, sentences.Count);
        Assert.Equal(110527, sentences.Sum(s => s.Text.Length));
        Assert.Equal(2045, sentences.Sum(s => s.Entities.Length));
    }
}
