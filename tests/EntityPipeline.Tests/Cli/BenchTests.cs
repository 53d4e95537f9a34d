using EntityPipeline.Cli.Bench;

namespace EntityPipeline.Tests.Cli;

/// <summary>The pieces of `bench --realistic`: its baseline process and its folder of short articles.</summary>
public sealed class BenchTests : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Bench_cut_cuts_every_article_of_a_folder_and_prints_its_peak_memory_and_cpu_time()
    {
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        long chars = Directory.GetFiles(samples, "*.txt", SearchOption.AllDirectories).Sum(f => (long)File.ReadAllText(f).Length);

        var result = CliProcess.Run("bench-cut", samples);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"cut: {chars:N0} chars into ", result.Output);
        Assert.Matches(@"peak memory: \d+ MB", result.Output);
        Assert.Matches(@"cpu time: +\d+\.\d\d s", result.Output); // what bench reads to tell how many cores a process kept busy
    }

    [Fact]
    public void A_run_s_summary_gives_the_peak_memory_and_cpu_time_the_bench_reads()
    {
        var samples = Path.Combine(SharedData.RepoRoot, "samples");

        var result = CliProcess.Run("run", samples, "--out", _work.Path, "--tagger", "dictionary", "--no-figures", "--no-workbook");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"(?m)^peak memory: \d+ MB$", result.Output);
        Assert.Matches(@"(?m)^cpu time: +\d+\.\d\d s$", result.Output);
    }

    [SkippableFact]
    public void Short_articles_are_plain_text_pieces_of_the_peoples_daily_corpus_written_again_past_its_end()
    {
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(
            SharedData.Require("corpora/peoples_daily_1998_01/199801_train.txt"))))!;

        long chars = RealisticFolders.WriteShort(shared, 40, _work.Path);

        var files = Directory.GetFiles(_work.Path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var texts = files.Select(File.ReadAllText).ToList();
        Assert.Equal(40, files.Count);
        Assert.Equal(chars, texts.Sum(t => (long)t.Length));
        Assert.All(texts, t => Assert.DoesNotContain("/n", t)); // words only, no word/tag annotation
        // A piece ends where its article ends or once it holds ShortChars characters: only its last sentence takes it past them.
        Assert.All(texts, t => Assert.True(t.TrimEnd('\n').Split('\n')[..^1].Sum(s => s.Length) < RealisticFolders.ShortChars, t));
    }
}
