using System.Diagnostics;
using EntityPipeline.Processing;
using Spectre.Console;

namespace EntityPipeline.Cli.Console;

/// <summary>
/// Shows a run's progress: a live bar (files done / total, chars/s) on an interactive terminal, and a
/// plain line every few seconds otherwise (CI logs, pipes), so logs stay readable.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static RunSummary Run(int total, Func<IProgress<RunProgress>, RunSummary> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || System.Console.IsErrorRedirected || System.Console.IsOutputRedirected)
            return work(new PlainProgress());

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"0/{total} files", maxValue: Math.Max(total, 1));
                var summary = work(new Progress(task));
                task.Value = task.MaxValue;
                return summary;
            });
    }

    private sealed class Progress(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress p)
        {
            task.Value = p.Done;
            task.Description = $"{p.Done}/{p.Total} files, {p.CharsPerSecond / 1000:0}k chars/s";
        }
    }

    private sealed class PlainProgress : IProgress<RunProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

        public void Report(RunProgress p)
        {
            if (_sinceLast.Elapsed < PlainInterval && p.Done != p.Total) return;
            _sinceLast.Restart();
            System.Console.Error.WriteLine($"progress: {p.Done}/{p.Total} files, {p.Chars:N0} chars, {p.CharsPerSecond / 1000:0}k chars/s");
        }
    }
}
