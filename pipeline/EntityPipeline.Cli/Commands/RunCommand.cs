using EntityPipeline.Cli.Console;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Processing;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>`run`: the main job. Thin: checks → pipeline → runner → summary → manifest → exit code.</summary>
internal sealed class RunCommand : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        // Everything the command line names is checked before any document is read or anything is written.
        var files = DocumentSource.List(settings.Input);
        if (files.Count == 0)
            throw new UsageException($"no .txt file in {settings.Input} (sub-folders included); articles must be plain-text files whose names end in .txt");
        OutputFolder.Check(settings.Out);
        TableWriter? writer = null;
        Task<ManifestFile?>? model = null;
        Task warmUp = Task.CompletedTask;
        // A warm-up starts only while the run goes on: one started after Ctrl+C (jieba's thread still loading) would outlive
        // the process and leave its temporary folder behind.
        var warmUpGate = new object();
        bool closing = false;
        RunSummary summary;
        Pipeline? pipeline = null;
        try
        {
            // The tables are set up after the model loaded (a file that is no model leaves no empty folder behind), their code
            // warmed up beforehand on the core that loaded jieba's dictionaries (when there is a second core), which then takes the
            // model's checksum for run.json.
            pipeline = settings.CreatePipeline(
                whileJiebaLoads: () =>
                {
                    model = Task.Run(() => RunRecord.ModelFile(settings));
                    OutputFolder.Prepare(settings.Out);
                    writer = new TableWriter(settings.Out, settings.ByteOrderMark, escapeFormulas: !settings.Plain, workbook: !settings.NoWorkbook);
                },
                besideModel: settings.NoWorkbook || Environment.ProcessorCount < 2 ? null : () =>
                {
                    lock (warmUpGate) if (!closing) warmUp = Task.Run(() => TableWriter.WarmUp());
                },
                cancel: cancellationToken);
            var runner = new CorpusRunner(new DocumentProcessor(pipeline), settings.Workers);
            summary = ProgressDisplay.Run(files.Count, progress => runner.Run(files, writer!, progress, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            summary = new RunSummary { Cancelled = true }; // Ctrl+C while jieba's dictionaries loaded: no document was read
        }
        finally
        {
            writer?.Dispose();
            Task warming;
            lock (warmUpGate) (closing, warming) = (true, warmUp);
            warming.Wait(); // its temporary folder is gone before the process ends
        }

        bool modelDomain = pipeline?.Stages.OfType<Entities.ModelEntityStage>().Any(s => s.HasDomain) ?? false;
        SummaryReport.Print(summary, settings.Out, modelDomain);
        if (summary.Cancelled) return ExitCodes.Cancelled;
        RunRecord.Of(settings, summary, started, modelDomain, model!.GetAwaiter().GetResult()).Write(settings.Out);
        return summary.Failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
    }
}
