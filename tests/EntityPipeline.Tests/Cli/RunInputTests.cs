using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Input;
using EntityPipeline.Output;

namespace EntityPipeline.Tests.Cli;

/// <summary>What `run` reads (a folder or one file) and the two dialects it writes: spreadsheet-safe by default, plain for pandas and R.</summary>
public sealed class RunInputTests
{
    private const string Formulas = "=SUM(A1)在上海开会。\n-3月份北京很好。\n+86的电话。\n";

    [Fact]
    public void One_txt_file_is_an_input_whose_doc_id_is_its_file_name()
    {
        using var work = new TempFolder();
        var article = work.Write("news/article.txt", Encoding.UTF8.GetBytes("上海市今天天气很好。"));
        work.Write("news/other.txt", Encoding.UTF8.GetBytes("北京市也很好。"));

        Assert.Equal(0, CliApp.Run(["run", article, "--out", work.File("out"), "--tagger", "dictionary"]));

        var documents = CsvTable.Read(work.File("out/" + TableNames.Documents));
        Assert.Equal(["article.txt"], documents.Rows.Select(r => r.Get(0)));
        TableOffsets.AssertEveryRowIsItsSlice(work.File("out"), work.File("news"));
    }

    [Fact]
    public void Plain_tables_have_no_bom_and_no_escape_so_text_is_the_documents_slice()
    {
        using var work = new TempFolder();
        work.Write("in/f.txt", Encoding.UTF8.GetBytes(Formulas));

        Assert.Equal(0, CliApp.Run(["run", work.File("in"), "--out", work.File("out"), "--tagger", "dictionary", "--plain"]));

        var bytes = File.ReadAllBytes(work.File("out/" + TableNames.Sentences));
        Assert.Equal((byte)'d', bytes[0]);
        var texts = SentenceTexts(work.File("out"));
        Assert.Contains(texts, t => t.StartsWith('='));
        Assert.Contains(texts, t => t.StartsWith('-'));
        TableOffsets.AssertEveryRowIsItsSlice(work.File("out"), work.File("in"));
    }

    [Fact]
    public void By_default_formula_cells_are_escaped_and_unescape_cell_gives_the_documents_slice_back()
    {
        using var work = new TempFolder();
        work.Write("in/f.txt", Encoding.UTF8.GetBytes(Formulas));

        Assert.Equal(0, CliApp.Run(["run", work.File("in"), "--out", work.File("out"), "--tagger", "dictionary"]));

        var texts = SentenceTexts(work.File("out"));
        Assert.Contains(texts, t => t.StartsWith("'="));
        Assert.Contains(texts, t => t.StartsWith("'-"));
        Assert.Contains(texts, t => t.StartsWith("'+"));
        TableOffsets.AssertEveryRowIsItsSlice(work.File("out"), work.File("in"), unescape: true);
    }

    private static List<string> SentenceTexts(string folder)
    {
        var sentences = CsvTable.Read(Path.Combine(folder, TableNames.Sentences));
        return [.. sentences.Rows.Select(r => r.Fields[sentences.IndexOf("text")])];
    }
}
