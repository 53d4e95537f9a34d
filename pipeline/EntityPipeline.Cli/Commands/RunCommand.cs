using EntityPipeline.Cli.Console;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Processing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>`run`: the main job. Thin: options → pipeline → runner → summary → exit code.</summary>
internal sealed class RunCommand : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        if (OutputFolder.CheckWritable(settings.Out) is { } problem)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {problem}");
            return ExitCodes.BadUsage;
        }

        Pipeline pipeline;
        try
        {
            pipeline = PipelineFactory.Create(settings.ToOptions());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadUsage;
        }
        var files = DocumentSource.List(settings.Input);
        var runner = new CorpusRunner(new DocumentProcessor(pipeline), settings.Workers);

        RunSummary summary;
        using (var writer = new TableWriter(settings.Out, byteOrderMark: !settings.NoBom, workbook: !settings.NoWorkbook))
            summary = ProgressDisplay.Run(files.Count, progress => runner.Run(files, writer, progress, cancellationToken));

        SummaryReport.Print(summary, settings.Out);
        if (summary.Cancelled) return ExitCodes.Cancelled;
        return summary.Failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
    }
}
