using System.Diagnostics;
using System.Globalization;

namespace EntityPipeline.Cli.Console;

/// <summary>
/// What the process has used: its peak working set (VmHWM on Linux) and the CPU time of all its threads, user and system. Printed
/// at the end of `run` and `bench-cut`, where `bench` reads them from its child processes: the CPU time tells how many cores a run
/// kept busy (a run that keeps 1.4 cores busy with one worker can gain at most 2 ÷ 1.4 from a second on two cores).
/// </summary>
internal static class ProcessUsage
{
    public const string PeakMemoryLabel = "peak memory:";
    public const string CpuTimeLabel = "cpu time:";

    /// <summary>The two lines, "peak memory: 245 MB" and "cpu time:  12.34 s".</summary>
    public static string[] Lines()
    {
        using var self = Process.GetCurrentProcess();
        return [$"{PeakMemoryLabel} {self.PeakWorkingSet64 >> 20} MB",
            $"{CpuTimeLabel}  {self.TotalProcessorTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s"];
    }
}
