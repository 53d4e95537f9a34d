using System.Diagnostics;
using System.Globalization;
using EntityPipeline.Cli.Console;

namespace EntityPipeline.Cli.Bench;

/// <summary>
/// Runs this program again as a child process with the given arguments, as a user would start it, and reports the
/// whole process's wall time, and the peak working set and CPU time it printed (<see cref="ProcessUsage"/>).
/// </summary>
internal static class ChildRun
{
    /// <summary>What one process took: wall seconds, its peak working set, and the CPU seconds of all its threads.</summary>
    public sealed record Usage(double Seconds, long PeakMegabytes, double CpuSeconds)
    {
        /// <summary>How many cores the process kept busy on average.</summary>
        public double Cores => CpuSeconds / Seconds;
    }

    public static Usage Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Under `dotnet x.dll` the process path is the dotnet host: name the program again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            start.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        foreach (var a in arguments)
            start.ArgumentList.Add(a);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        var lines = stdout.Split('\n');
        double Value(string label, string unit)
        {
            var line = lines.FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"`{string.Join(' ', start.ArgumentList)}` exited {process.ExitCode} without a '{label}' line: {stdout} {stderr.Result}");
            return double.Parse(line[label.Length..].Replace(unit, "").Trim(), CultureInfo.InvariantCulture);
        }
        return new Usage(seconds, (long)Value(ProcessUsage.PeakMemoryLabel, "MB"), Value(ProcessUsage.CpuTimeLabel, "s"));
    }
}
