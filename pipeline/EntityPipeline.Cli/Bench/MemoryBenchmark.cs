using System.Diagnostics;
using EntityPipeline.Cli.Console;

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
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Under `dotnet x.dll` the process path is the dotnet host: name the program again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            start.ArgumentList.Add(typeof(MemoryBenchmark).Assembly.Location);
        foreach (var a in (string[])["run", corpus.Path, "--out", output.Path, .. runArguments])
            start.ArgumentList.Add(a);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(PeakMemory.Label, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the run printed no '{PeakMemory.Label}' line (exit {process.ExitCode}): {stdout} {stderr.Result}");
        var megabytes = long.Parse(line[PeakMemory.Label.Length..].Replace("MB", "").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return (chars, megabytes, clock.Elapsed.TotalSeconds);
    }
}
