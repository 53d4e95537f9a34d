using EntityPipeline.Documents;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Tests.Training.Corpora;

public sealed class PeoplesDailyReaderTests
{
    [Fact]
    public void Reads_names_places_organisations_and_bracketed_compounds()
    {
        // Paragraph id first; nr+nr merged; [..]nt is one ORG (inner ns not separate); [..]nz is no entity but the ns inside is; CRLF and a stray CR.
        const string input =
            "19980101-01-001-002/m  中共中央/nt  总书记/n  江/nr  泽民/nr  在/p  [中国/ns  人民/n  银行/n]nt  讲话/v  。/w  " +
            "[北京/ns  申奥/vn]nz  开始/v  \r\r\n\r\n";
        var sentences = PeoplesDailyReader.Read(new StringReader(input), "pd.txt").ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal("中共中央总书记江泽民在中国人民银行讲话。", sentences[0].Text);
        Assert.Equal([new(0, 4, EntityType.ORG), new(7, 10, EntityType.PER), new(11, 17, EntityType.ORG)], sentences[0].Entities.ToArray());
        Assert.Equal("北京申奥开始", sentences[1].Text);
        Assert.Equal([new(0, 2, EntityType.LOC)], sentences[1].Entities.ToArray());
    }

    [Fact]
    public void Sentences_carry_their_article_as_the_document()
    {
        // Paragraph ids are date-page-article-paragraph: paragraphs of one article share a document id.
        const string input =
            "19980101-01-001-001/m  新华社/nt  消息/n  。/w\n" +
            "19980101-01-001-002/m  李/nr  鹏/nr  讲话/v  。/w\n" +
            "19980101-01-002-001/m  北京/ns  下雪/v  。/w\n";
        var documents = PeoplesDailyReader.Read(new StringReader(input), "pd.txt").Select(s => s.DocumentId).ToList();
        Assert.Equal(["19980101-01-001", "19980101-01-001", "19980101-01-002"], documents);
    }

    [Fact]
    public void A_bracketed_place_is_one_LOC()
    {
        var sentence = Assert.Single(PeoplesDailyReader.Read(new StringReader("19980101-01-001-003/m  [蔚县/ns  西合营/ns]ns  剪纸/n\n"), "pd.txt"));
        Assert.Equal([new(0, 5, EntityType.LOC)], sentence.Entities.ToArray());
    }

    [Theory]
    [InlineData("19980101-01-001-002/m  中共中央\n", "pd.txt:1:")]              // no /pos
    [InlineData("x/m  a/n\n19980101-01-001-002/m  [中国/ns  银行/n\n", "pd.txt:2:")] // bracket never closed
    public void Errors_name_the_file_and_line(string input, string where)
    {
        var e = Assert.Throws<InvalidDataException>(() => PeoplesDailyReader.Read(new StringReader(input), "pd.txt").ToList());
        Assert.Contains(where, e.Message);
    }

    [SkippableFact]
    public void Dev_file_reads_without_errors_and_has_persons_places_and_organisations()
    {
        var path = SharedData.Require("corpora/peoples_daily_1998_01/199801_dev.txt");
        var sentences = PeoplesDailyReader.Read(path).ToList();
        Assert.Equal(155858, sentences.Sum(s => s.Text.Length)); // chars as documented in the README
        var byType = sentences.SelectMany(s => s.Entities).GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<EntityType>(), t => Assert.True(byType.GetValueOrDefault(t) > 500, $"{t}: {byType.GetValueOrDefault(t)}"));
    }
}
