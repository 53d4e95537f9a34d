using EntityPipeline.Documents;
using EntityPipeline.Processing;
using Spectre.Console;

namespace EntityPipeline.Cli.Console;

/// <summary>The closing report of a run: counts, errors, speed, and where the tables are.</summary>
internal static class SummaryReport
{
    private const int MaxErrorsShown = 20;

    public static void Print(RunSummary s, string outFolder)
    {
        var types = string.Join(", ", Enum.GetValues<EntityType>().Select(t => $"{t} {s.MentionsByType[t]:N0}"));
        var w = AnsiConsole.Console;
        w.WriteLine($"documents: {s.Documents:N0} ({s.Documents - s.Failed:N0} ok, {s.Warnings:N0} with warnings, {s.Failed:N0} failed)");
        w.WriteLine($"sentences: {s.Sentences:N0}");
        w.WriteLine($"entities:  {s.Mentions:N0} ({types})");
        w.WriteLine($"figures:   {s.Figures:N0}");
        w.WriteLine($"elapsed:   {s.Elapsed.TotalSeconds:0.00} s, {s.Chars:N0} chars, {s.CharsPerSecond:N0} chars/s");
        w.WriteLine($"{PeakMemory.Label} {PeakMemory.Megabytes()} MB");
        foreach (var error in s.Errors.Take(MaxErrorsShown))
            Failure.Print(error);
        if (s.Errors.Count > MaxErrorsShown)
            w.WriteLine($"... and {s.Errors.Count - MaxErrorsShown} more errors: see documents.csv");
        if (s.Cancelled)
            AnsiConsole.MarkupLineInterpolated($"[yellow]cancelled[/] after {s.Documents:N0} documents; no table was written and earlier tables in '{outFolder}' are unchanged.");
        else
            w.WriteLine($"tables:    {Path.GetFullPath(outFolder)}");
    }
}
