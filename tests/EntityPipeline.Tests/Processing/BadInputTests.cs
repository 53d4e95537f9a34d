using System.Text;
using EntityPipeline.Cli;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Processing;
using EntityPipeline.Tests.Cli;
using EntityPipeline.Tests.Training;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Processing;

/// <summary>Every kind of bad input is processed or reported, the other documents all come out, and the exit code tells.</summary>
public sealed class BadInputTests
{
    private const string Good = "上海市今年的生产总值增长了5%。";

    private static Dictionary<string, (string Status, string Encoding, string Error, int Sentences)> RunOn(TempFolder input, out int exit)
    {
        using var output = new TempFolder();
        exit = CliApp.Run(["run", input.Path, "--out", output.Path, "--tagger", "dictionary"]);
        var table = CsvTable.Read(output.File(TableNames.Documents));
        int status = table.IndexOf("status"), encoding = table.IndexOf("encoding"), error = table.IndexOf("error"), sentences = table.IndexOf("sentences");
        return table.Rows.ToDictionary(r => r.Get(0), r => (r.Get(status), r.Get(encoding), r.Get(error), int.Parse(r.Get(sentences))));
    }

    [Fact]
    public void Bad_files_are_reported_beside_good_ones_and_the_exit_code_says_so()
    {
        using var input = new TempFolder();
        input.Write("good.txt", Encoding.UTF8.GetBytes(Good));
        input.Write("empty.txt", []);
        input.Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00]);
        input.Write("damaged.txt", [.. Encoding.UTF8.GetBytes("第一行正常的中文内容。\n第二行"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("损坏了。\n")]);
        input.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Good)]);
        input.Write("utf16-no-bom.txt", Encoding.Unicode.GetBytes(Good + "\r\n"));
        input.Write("gbk-no-marker.txt", CodePagesEncoding.Gbk.GetBytes(Good));
        input.Write("名字 有 空格.txt", Encoding.UTF8.GetBytes(Good));

        var docs = RunOn(input, out var exit);

        Assert.Equal(1, exit); // one document failed
        Assert.Equal(("ok", "utf-8", 1), (docs["good.txt"].Status, docs["good.txt"].Encoding, docs["good.txt"].Sentences));
        Assert.Equal(("warning", "empty file: no text"), (docs["empty.txt"].Status, docs["empty.txt"].Error));
        Assert.Equal("error", docs["binary.txt"].Status);
        Assert.StartsWith("binary file", docs["binary.txt"].Error);
        Assert.Equal("warning", docs["damaged.txt"].Status);
        Assert.Contains("line 2", docs["damaged.txt"].Error);
        Assert.Equal(("ok", "utf-16le"), (docs["utf16.txt"].Status, docs["utf16.txt"].Encoding));
        Assert.Equal(("ok", "utf-16le"), (docs["utf16-no-bom.txt"].Status, docs["utf16-no-bom.txt"].Encoding));
        Assert.Equal(("ok", "gb18030"), (docs["gbk-no-marker.txt"].Status, docs["gbk-no-marker.txt"].Encoding));
        Assert.Equal("ok", docs["名字 有 空格.txt"].Status);
    }

    [Fact]
    public void Ten_thousand_tiny_files_all_come_out_in_order()
    {
        using var input = new TempFolder();
        for (int i = 0; i < 10_000; i++)
            input.Write($"d{i / 1000}/{i:D5}.txt", Encoding.UTF8.GetBytes($"第{i}号。"));

        var docs = RunOn(input, out var exit);

        Assert.Equal(0, exit);
        Assert.Equal(10_000, docs.Count);
        Assert.All(docs.Values, d => Assert.Equal(("ok", 1), (d.Status, d.Sentences)));
        Assert.Equal(docs.Keys.Order(StringComparer.Ordinal), docs.Keys);
    }

    [Fact]
    public void A_file_deleted_during_the_run_is_reported_and_the_rest_come_out()
    {
        using var input = new TempFolder();
        input.Write("a.txt", Encoding.UTF8.GetBytes(Good));
        input.Write("b.txt", Encoding.UTF8.GetBytes(Good));
        using var output = new TempFolder();
        var files = DocumentSource.List(input.Path);
        File.Delete(files[0].FullPath); // deleted after it was listed

        var summary = Run(files, output.Path, CancellationToken.None);

        Assert.Equal(1, summary.Failed);
        Assert.Contains("a.txt: file not found", summary.Errors.Single());
        var table = CsvTable.Read(output.File(TableNames.Documents));
        Assert.Equal(["error", "ok"], table.Rows.Select(r => r.Get(table.IndexOf("status"))));
    }

    [Fact]
    public void A_long_file_without_punctuation_or_line_breaks_runs_through_in_capped_sentences()
    {
        // 12,000 characters (about 24 capped sentences) in one line, no punctuation at all, through run's stages (sentences,
        // jieba, a tagger with its consistency rules, figures), with a tiny trained tagger instead of the shipped model:
        // the cap is the splitter's (SentenceSplitterTests); this checks every stage after it keeps to the capped sentences.
        // jieba, at a few thousand characters a second in a Debug build, is most of the time. The 50 MB case is measured
        // with `run` (README, Performance).
        using var input = new TempFolder();
        using var output = new TempFolder();
        var random = new Random(1);
        const string chars = "长三角地区经济发展迅速城市群建设不断推进上海江苏浙江安徽合作交流产业科技创新人才";
        var text = string.Create(12_000, random, (span, r) => { for (int i = 0; i < span.Length; i++) span[i] = chars[r.Next(chars.Length)]; });
        input.Write("long.txt", Encoding.UTF8.GetBytes(text));

        var summary = Run(DocumentSource.List(input.Path), output.Path, CancellationToken.None, PipelineFactory.Create(new PipelineOptions(), TrainedTinyTagger.Value));

        Assert.Equal(0, summary.Failed);
        var documents = CsvTable.Read(output.File(TableNames.Documents));
        var row = Assert.Single(documents.Rows);
        Assert.Equal(("ok", text.Length), (row.Get(documents.IndexOf("status")), int.Parse(row.Get(documents.IndexOf("chars")))));
        var sentences = CsvTable.Read(output.File(TableNames.Sentences));
        int start = sentences.IndexOf("start"), end = sentences.IndexOf("end");
        Assert.All(sentences.Rows, r => Assert.InRange(int.Parse(r.Get(end)) - int.Parse(r.Get(start)), 1, SentenceSplitter.DefaultMaxLength));
        Assert.Equal(text.Length, sentences.Rows.Sum(r => int.Parse(r.Get(end)) - int.Parse(r.Get(start))));
        Assert.NotEmpty(CsvTable.Read(output.File(TableNames.Entities)).Rows); // the tagger ran on every capped sentence
        TableOffsets.AssertEveryRowIsItsSlice(output.Path, input.Path);
    }

    [Fact]
    public void Cancelling_a_run_writes_no_table_and_keeps_the_older_ones()
    {
        using var input = new TempFolder();
        for (int i = 0; i < 50; i++) input.Write($"{i:D2}.txt", Encoding.UTF8.GetBytes(Good));
        using var output = new TempFolder();
        File.WriteAllText(output.File(TableNames.Documents), "older run");
        using var cancel = new CancellationTokenSource();
        var files = DocumentSource.List(input.Path);

        var summary = Run(files, output.Path, cancel.Token, onProgress: p => { if (p.Done == 5) cancel.Cancel(); });

        Assert.True(summary.Cancelled);
        Assert.InRange(summary.Documents, 5, 49);
        Assert.Equal("older run", File.ReadAllText(output.File(TableNames.Documents)));
        Assert.Equal([TableNames.Documents], output.Files());
    }

    private static RunSummary Run(IReadOnlyList<SourceFile> files, string outFolder, CancellationToken cancel, Pipeline? pipeline = null, Action<RunProgress>? onProgress = null)
    {
        pipeline ??= PipelineFactory.Create(new PipelineOptions { Tagger = TaggerKind.Dictionary });
        var runner = new CorpusRunner(new DocumentProcessor(pipeline), workers: 2);
        using var writer = new TableWriter(outFolder);
        return runner.Run(files, writer, onProgress is null ? null : new SyncProgress(onProgress), cancel);
    }

    private sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
