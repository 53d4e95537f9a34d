using System.Text;
using EntityPipeline.Figures.Evaluation;

namespace EntityPipeline.Tests.Figures;

/// <summary>
/// The gold tables over corpus documents (gold/figures-dev, figures-heldout, figures-blind): every row's text is the corpus readers' text at its
/// offsets (skipped without ../shared), and a malformed row is refused with its file and line (a corpus of
/// its own in a temp folder, no ../shared needed).
/// </summary>
public sealed class CorpusFigureGoldTests
{
    private const string Header = "source\tdoc_id\tstart\tend\tkind\ttext\tvalue\tvalue_max\tunit\tqualifier\tmetric\tsubject\tperiod";

    [SkippableFact]
    public void Every_row_of_the_dev_gold_is_the_corpus_readers_text_at_its_offsets()
    {
        SharedData.Require("corpora/peoples_daily_1998_01/199801_dev.txt");
        SharedData.Require("corpora/cluener2020/dev.json");
        AssertRowsMatchTheReaders("figures-dev", minDocuments: 15, minFigures: 200);
    }

    [SkippableFact]
    public void Every_row_of_the_heldout_gold_is_the_corpus_readers_text_at_its_offsets()
    {
        SharedData.Require("corpora/peoples_daily_1998_01/199801_dev.txt");
        SharedData.Require("corpora/cluener2020/dev.json");
        SharedData.Require("corpora/weibo_ner/weiboNER_2nd_conll.dev");
        AssertRowsMatchTheReaders("figures-heldout", minDocuments: 12, minFigures: 120);
    }

    [SkippableFact]
    public void Every_row_of_the_blind_gold_is_the_corpus_readers_text_at_its_offsets()
    {
        SharedData.Require("corpora/peoples_daily_1998_01/199801_dev.txt");
        SharedData.Require("corpora/cluener2020/dev.json");
        SharedData.Require("corpora/weibo_ner/weiboNER_2nd_conll.dev");
        AssertRowsMatchTheReaders("figures-blind", minDocuments: 18, minFigures: 150);
    }

    [Theory]
    [InlineData("figures-heldout", "figures-dev")]
    [InlineData("figures-blind", "figures-dev")]
    [InlineData("figures-blind", "figures-heldout")]
    public void A_later_gold_shares_no_document_with_an_earlier_one(string later, string earlier)
    {
        var before = Documents(earlier);
        var shared = Documents(later).Where(before.Contains).ToList();
        Assert.True(shared.Count == 0, $"in both: {string.Join(", ", shared)}");
    }

    private static void AssertRowsMatchTheReaders(string goldFolder, int minDocuments, int minFigures)
    {
        var gold = Path.Combine(SharedData.RepoRoot, "gold", goldFolder, "figures.tsv");

        var documents = CorpusFigureGold.Load(gold, SharedData.Root!);

        Assert.True(documents.Count >= minDocuments, $"{documents.Count} documents");
        Assert.True(documents.Sum(d => d.Figures.Count) >= minFigures, $"{documents.Sum(d => d.Figures.Count)} figures");
        foreach (var document in documents)
            foreach (var figure in document.Figures)
                Assert.Equal(figure.Text, document.Text[figure.Start..figure.End]);
    }

    /// <summary>The (source, doc_id) pairs a gold table names, read without the corpora.</summary>
    private static HashSet<string> Documents(string goldFolder) =>
        [.. GoldFigureReader.Read(Path.Combine(SharedData.RepoRoot, "gold", goldFolder, "figures.tsv")).Select(g => $"{g.Source}#{g.DocId}")];

    [Fact]
    public void Resolves_rows_to_the_text_the_corpus_readers_make()
    {
        using var shared = TinyCorpora();
        var gold = WriteGold(shared,
            "corpora/pd.txt\t19980101-01-001\t5\t7\tPERCENT\t３％\t3\t\t%\texact\t增长\t\t",
            "corpora/clue.json\trecord 2\t2\t5\tCOUNT\t10次\t10\t\t次\texact\t交锋\t\t");

        var documents = CorpusFigureGold.Load(gold, shared.Path);

        Assert.Equal(["corpora/clue.json#record 2", "corpora/pd.txt#19980101-01-001"], documents.Select(d => d.Id));
        Assert.Equal("共有10次交锋", documents[0].Text);
        Assert.Equal("标题\n增长３％。\n再说。", documents[1].Text);   // the article's sentences, one a line
        Assert.Equal("10次", documents[0].Text[documents[0].Figures[0].Start..documents[0].Figures[0].End]);
    }

    [Theory]
    [InlineData("corpora/pd.txt\t19980101-01-001\t9\t11\tPERCENT\t３％\t3\t\t%\texact\t\t\t", "text '３％' is not the document's '再说'")]
    [InlineData("corpora/pd.txt\t19980101-01-001\t40\t42\tPERCENT\t３％\t3\t\t%\texact\t\t\t", "outside")]
    [InlineData("corpora/pd.txt\t19980101-01-009\t5\t7\tPERCENT\t３％\t3\t\t%\texact\t\t\t", "no document '19980101-01-009'")]
    [InlineData("corpora/none.txt\t19980101-01-001\t5\t7\tPERCENT\t３％\t3\t\t%\texact\t\t\t", "'corpora/none.txt' not found")]
    [InlineData("\t19980101-01-001\t5\t7\tPERCENT\t３％\t3\t\t%\texact\t\t\t", "no source")]
    [InlineData("corpora/pd.txt\t19980101-01-001\t7\t5\tPERCENT\t３％\t3\t\t%\texact\t\t\t", "bad start/end")]
    [InlineData("corpora/pd.txt\t19980101-01-001\t5\t7\tPERCENTAGE\t３％\t3\t\t%\texact\t\t\t", "unknown kind 'PERCENTAGE'")]
    [InlineData("corpora/pd.txt\t19980101-01-001\t5\t7\tPERCENT\t３％\t3\t\t%\tabout\t\t\t", "unknown qualifier 'about'")]
    public void Refuses_a_bad_row_naming_the_file_and_line(string row, string problem)
    {
        using var shared = TinyCorpora();
        var gold = WriteGold(shared, "corpora/clue.json\trecord 1\t0\t2\tCOUNT\t3个\t3\t\t个\texact\t\t\t", row);

        var error = Assert.Throws<InvalidDataException>(() => CorpusFigureGold.Load(gold, shared.Path));

        Assert.Contains($"{gold}:3:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    /// <summary>A People's Daily article of two paragraphs and two CLUENER records under corpora/.</summary>
    private static TempFolder TinyCorpora()
    {
        var shared = new TempFolder();
        shared.Write("corpora/pd.txt", Encoding.UTF8.GetBytes(
            "19980101-01-001-001/m  标题/n  \r\n19980101-01-001-002/m  增长/v  ３/m  ％/q  。/w  再/d  说/v  。/w  \r\n\r\n"));
        shared.Write("corpora/clue.json", Encoding.UTF8.GetBytes(
            "{\n  \"text\": \"3个人\",\n  \"label\": {}\n}\n{\n  \"text\": \"共有10次交锋\",\n  \"label\": {}\n}\n"));
        return shared;
    }

    private static string WriteGold(TempFolder folder, params string[] rows) =>
        folder.Write("gold.tsv", Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]) + "\n"));
}
