using System.Diagnostics;

namespace EntityPipeline.Cli.Console;

/// <summary>The process's peak working set (VmHWM on Linux), for the run summary and the memory benchmark.</summary>
internal static class PeakMemory
{
    public const string Label = "peak memory:";

    public static long Megabytes()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 >> 20;
    }
}
