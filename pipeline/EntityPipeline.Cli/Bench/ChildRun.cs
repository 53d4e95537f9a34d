using System.Diagnostics;
using System.Globalization;
using EntityPipeline.Cli.Console;

namespace EntityPipeline.Cli.Bench;

/// <summary>
/// Runs this program again as a child process with the given arguments, as a user would start it, and reports the
/// whole process's wall time and the peak working set it printed (<see cref="PeakMemory.Label"/>).
/// </summary>
internal static class ChildRun
{
    public static (double Seconds, long PeakMegabytes) Start(IEnumerable<string> arguments)
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
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(PeakMemory.Label, StringComparison.Ordinal));
        if (line is null)
            throw new InvalidOperationException($"`{string.Join(' ', start.ArgumentList)}` exited {process.ExitCode} without a '{PeakMemory.Label}' line: {stdout} {stderr.Result}");
        var megabytes = long.Parse(line[PeakMemory.Label.Length..].Replace("MB", "").Trim(), CultureInfo.InvariantCulture);
        return (seconds, megabytes);
    }
}
