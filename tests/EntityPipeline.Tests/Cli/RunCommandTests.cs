using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Tests.Output;

namespace EntityPipeline.Tests.Cli;

/// <summary>The `run` command end to end on the committed samples/, as a user runs it.</summary>
public sealed class RunCommandTests
{
    private static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");

    public static readonly TheoryData<string, string> Headers = new()
    {
        { TableNames.Documents, "doc_id,path,encoding,chars,sentences,entities,figures,status,error,date,date_source" },
        { TableNames.Sentences, "doc_id,sentence_id,start,end,text" },
        { TableNames.Entities, "doc_id,sentence_id,start,end,text,type,normalized,source,confidence" },
        { TableNames.Figures, "doc_id,sentence_id,start,end,text,kind,value,unit,qualifier,metric,subject,period,value_max" },
        { TableNames.EntitySummary, "type,normalized,documents,mentions" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Run_on_the_samples_writes_every_table_with_its_exact_header_and_a_bom(string table, string header)
    {
        using var output = new TempFolder();

        var exit = CliApp.Run(["run", Samples, "--out", output.Path, "--tagger", "dictionary"]);

        Assert.Equal(0, exit);
        var bytes = File.ReadAllBytes(output.File(table));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var firstLine = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0];
        Assert.Equal(header, firstLine);
        Assert.Empty(output.Files("*.tmp"));
    }

    [Fact]
    public void Every_sample_is_processed_with_its_encoding_and_rows_point_into_the_text()
    {
        using var output = new TempFolder();
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", output.Path, "--tagger", "dictionary"]));

        var documents = CsvTable.Read(output.File(TableNames.Documents));
        var encodings = documents.Rows.ToDictionary(r => r.Get(0), r => r.Get(documents.IndexOf("encoding")));
        Assert.Equal("gb18030", encodings["地方/大湾区科技走廊.txt"]);
        Assert.Equal("utf-8-bom", encodings["浙江安吉竹产业.txt"]);
        Assert.Equal("utf-8", encodings["成渝经济观察.txt"]);
        Assert.All(documents.Rows, r => Assert.Equal("ok", r.Get(documents.IndexOf("status"))));

        TableOffsets.AssertEveryRowIsItsSlice(output.Path, Samples);
    }

    [Fact]
    public void The_tables_are_byte_identical_with_one_and_four_workers()
    {
        using var one = new TempFolder();
        using var four = new TempFolder();

        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", one.Path, "--tagger", "dictionary", "--workers", "1"]));
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", four.Path, "--tagger", "dictionary", "--workers", "4"]));

        foreach (var table in TableNames.All)
            Assert.Equal(File.ReadAllBytes(one.File(table)), File.ReadAllBytes(four.File(table)));
    }

    [Fact]
    public void Run_writes_the_review_workbook_the_same_with_one_and_four_workers_and_not_with_no_workbook()
    {
        using var one = new TempFolder();
        using var four = new TempFolder();
        using var none = new TempFolder();

        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", one.Path, "--workers", "1"]));
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", four.Path, "--workers", "4"]));
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", none.Path, "--tagger", "dictionary", "--no-workbook"]));

        foreach (var sheet in new[] { WorkbookSheets.Review, "sentences", "entities", "figures" })
        {
            var a = WorkbookTestKit.ReadSheet(one.File(TableNames.Workbook), sheet);
            var b = WorkbookTestKit.ReadSheet(four.File(TableNames.Workbook), sheet);
            Assert.Equal(a.Rows.Select(r => string.Join('|', r.Fields)), b.Rows.Select(r => string.Join('|', r.Fields)));
        }
        Assert.Equal(CsvTable.Read(one.File(TableNames.Entities)).Rows.Count, WorkbookTestKit.ReadSheet(one.File(TableNames.Workbook), WorkbookSheets.Review).Rows.Count);
        Assert.False(File.Exists(none.File(TableNames.Workbook)));
        Assert.Equal(TableNames.All.Append(RunManifest.FileName).Order(StringComparer.Ordinal), none.Files());
    }

    [Fact]
    public void The_readme_command_runs_the_samples_with_the_shipped_model()
    {
        // SamplesRun runs `run <samples> --out <folder>` and checks it exits with 0.
        var entities = CsvTable.Read(SamplesRun.File(TableNames.Entities));
        Assert.NotEmpty(entities.Rows);
        var sources = entities.Rows.Select(r => r.Get(entities.IndexOf("source"))).ToHashSet();
        Assert.Contains("model", sources);
        Assert.Subset(new HashSet<string> { "model", "rule" }, sources);
        var found = entities.Rows.Select(r => (r.Get(entities.IndexOf("text")), r.Get(entities.IndexOf("type")))).ToHashSet();
        Assert.Contains(("李建国", "PER"), found);
        Assert.Contains(("重庆", "LOC"), found);
        Assert.NotEmpty(CsvTable.Read(SamplesRun.File(TableNames.Figures)).Rows);
        TableOffsets.AssertEveryRowIsItsSlice(Path.GetDirectoryName(SamplesRun.File(TableNames.Entities))!, Samples);
    }

    [Fact]
    public void No_bom_leaves_the_byte_order_mark_out()
    {
        using var output = new TempFolder();
        Assert.Equal(0, CliApp.Run(["run", Samples, "--out", output.Path, "--tagger", "dictionary", "--no-bom"]));
        Assert.StartsWith("doc_id,", File.ReadAllText(output.File(TableNames.Documents), new UTF8Encoding(false)));
    }

    [Fact]
    public void A_bad_file_is_reported_in_documents_csv_and_the_others_still_come_out()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.txt", Encoding.UTF8.GetBytes("上海市今天天气很好。"));
        input.Write("b.txt", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]);
        input.Write("c.txt", Encoding.UTF8.GetBytes("北京市也很好。"));

        var exit = CliApp.Run(["run", input.Path, "--out", output.Path, "--tagger", "dictionary"]);

        Assert.Equal(1, exit);
        var documents = CsvTable.Read(output.File(TableNames.Documents));
        var status = documents.Rows.ToDictionary(r => r.Get(0), r => (Status: r.Get(documents.IndexOf("status")), Error: r.Get(documents.IndexOf("error"))));
        Assert.Equal("ok", status["a.txt"].Status);
        Assert.Equal("error", status["b.txt"].Status);
        Assert.Contains("binary", status["b.txt"].Error);
        Assert.Equal("ok", status["c.txt"].Status);
        var sentences = CsvTable.Read(output.File(TableNames.Sentences));
        Assert.Equal(["a.txt", "c.txt"], sentences.Rows.Select(r => r.Get(0)).Distinct());
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_refused_before_any_work()
    {
        using var input = new TempFolder();
        input.Write("a.txt", Encoding.UTF8.GetBytes("上海。"));
        var blocker = input.Write("not-a-folder", [1]); // a file where the output folder should be

        var exit = CliApp.Run(["run", input.Path, "--out", Path.Combine(blocker, "out"), "--tagger", "dictionary"]);

        Assert.Equal(2, exit);
    }

    [Theory]
    [InlineData("--workers", "0")]
    [InlineData("--tagger", "crf")]
    public void Bad_options_are_refused(string option, string value)
    {
        using var output = new TempFolder();
        Assert.Equal(2, CliApp.Run(["run", Samples, "--out", output.Path, option, value]));
        Assert.False(File.Exists(output.File(TableNames.Documents)));
    }
}
