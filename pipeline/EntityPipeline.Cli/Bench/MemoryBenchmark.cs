namespace EntityPipeline.Cli.Bench;

/// <summary>
/// Peak working set of a whole `run` process at growing input sizes: each size is generated on disk and
/// run by a child process of this program, whose summary reports its own peak (VmHWM).
/// </summary>
internal static class MemoryBenchmark
{
    public static (long Chars, long PeakMegabytes, double Seconds) Measure(long bytes, IReadOnlyList<string> runArguments)
    {
        using var corpus = new ScratchFolder();
        using var output = new ScratchFolder();
        long chars = BenchCorpus.WriteTo(corpus.Path, bytes);
        var usage = ChildRun.Start(["run", corpus.Path, "--out", output.Path, .. runArguments]);
        return (chars, usage.PeakMegabytes, usage.Seconds);
    }
}
