using EntityPipeline.Documents;
using EntityPipeline.Processing;
using Spectre.Console;

namespace EntityPipeline.Cli.Console;

/// <summary>The closing report of a run: counts, errors, speed, and where the tables are.</summary>
internal static class SummaryReport
{
    private const int MaxErrorsShown = 20;

    /// <param name="modelDomain">The model was refined on a user's text: say how many documents read like it.</param>
    public static void Print(RunSummary s, string outFolder, bool modelDomain)
    {
        var types = string.Join(", ", Enum.GetValues<EntityType>().Select(t => $"{t} {s.MentionsByType[t]:N0}"));
        var w = AnsiConsole.Console;
        w.WriteLine($"documents: {s.Documents:N0} ({s.Documents - s.Failed:N0} ok, {s.Warnings:N0} with warnings, {s.Failed:N0} failed)");
        w.WriteLine($"sentences: {s.Sentences:N0}");
        w.WriteLine($"entities:  {s.Mentions:N0} ({types})");
        w.WriteLine($"figures:   {s.Figures:N0}");
        if (modelDomain)
            w.WriteLine($"model:     {s.DomainDocuments:N0} of {s.Documents - s.Failed:N0} documents read like the text your model was refined on and were tagged with what it learnt; the others as its base model tags them");
        w.WriteLine($"elapsed:   {s.Elapsed.TotalSeconds:0.00} s, {s.Chars:N0} chars, {s.CharsPerSecond:N0} chars/s");
        foreach (var line in ProcessUsage.Lines()) w.WriteLine(line);
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
