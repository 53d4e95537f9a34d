using System.Diagnostics;

namespace EntityPipeline.Cli.Console;

/// <summary>
/// The CPU time the process has used on all its threads (user and system), printed in the run summary so that `bench` can tell
/// how many cores a run kept busy: a run that already uses 1.4 cores with one worker can gain at most 2 ÷ 1.4 from a second on two.
/// </summary>
internal static class ProcessorTime
{
    public const string Label = "cpu time:";

    public static string Line()
    {
        using var self = Process.GetCurrentProcess();
        return $"{Label}  {self.TotalProcessorTime.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s";
    }
}
