namespace EntityPipeline.Cli.Bench;

/// <summary>
/// Whole processes on one folder: bare jieba.NET Cut (`bench-cut`) and `run --workers N` for each worker count, each
/// started as a user starts it. The runs are interleaved (Cut, 1 worker, 2 workers, Cut, ...) so that a change in the
/// machine's load touches every measure alike; each time (wall and CPU) is the median of the runs, each peak working set the
/// highest.
/// </summary>
internal static class ProcessBenchmark
{
    public const string BareCut = "bare Cut";

    public static string RunName(int workers) => $"run, {workers} worker{(workers == 1 ? "" : "s")}";

    /// <summary>One measure's runs summed up: median wall and CPU times, highest peak working set.</summary>
    public sealed record Measure(string Name, ChildRun.Usage Usage);

    public static IReadOnlyList<Measure> Run(string folder, IReadOnlyList<int> workers, int runs, IReadOnlyList<string> runArguments)
    {
        var names = workers.Select(RunName).Prepend(BareCut).ToList();
        var runsOf = names.ToDictionary(n => n, _ => new List<ChildRun.Usage>());
        for (int r = 0; r < runs; r++)
        {
            runsOf[BareCut].Add(ChildRun.Start(["bench-cut", folder]));
            for (int i = 0; i < workers.Count; i++)
            {
                using var output = new ScratchFolder();
                runsOf[names[i + 1]].Add(ChildRun.Start(["run", folder, "--out", output.Path, "--workers", $"{workers[i]}", .. runArguments]));
            }
        }
        return [.. names.Select(n => new Measure(n, new ChildRun.Usage(Median.Of(runsOf[n].Select(u => u.Seconds)),
            runsOf[n].Max(u => u.PeakMegabytes), Median.Of(runsOf[n].Select(u => u.CpuSeconds)))))];
    }
}
