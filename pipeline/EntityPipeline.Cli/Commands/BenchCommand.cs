using EntityPipeline.Cli.Bench;
using EntityPipeline.Input;
using EntityPipeline.Processing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>`bench`: throughput of each stage and end to end, or peak memory at growing sizes (README, Performance).</summary>
internal sealed class BenchCommand : Command<BenchSettings>
{
    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        if (settings.MemorySizes is not null)
            return Memory(settings);

        var pipeline = settings.CreatePipeline();
        var corpus = BenchCorpus.Generate(BenchCorpus.CharsFor(settings.SizeBytes)).ToList();
        var bench = new StageBenchmark(pipeline, corpus);
        AnsiConsole.WriteLine($"corpus: {corpus.Count:N0} documents, {bench.Chars:N0} chars ({ByteSize.Format(settings.SizeBytes)} UTF-8); median of {settings.Runs} runs; {Environment.ProcessorCount} cores");

        var table = new Table().AddColumns("measure", "chars/s", "note");
        foreach (var (name, speed) in bench.Stages(settings.Runs))
            table.AddRow(name + " (alone, 1 thread)", $"{speed:N0}", "");
        var jieba = bench.JiebaCut(settings.Runs);
        table.AddRow("jieba.NET Cut (bare, 1 thread)", $"{jieba:N0}", "reference");

        using var folder = new ScratchFolder();
        BenchCorpus.Write(folder.Path, corpus);
        var files = DocumentSource.List(folder.Path);
        double? one = null;
        foreach (var workers in settings.Workers)
        {
            var speed = bench.EndToEnd(files, workers, settings.Runs);
            one ??= workers == 1 ? speed : null;
            var note = workers == 1 ? $"{jieba / speed:0.0}x the time of bare Cut" : one is { } o ? $"{speed / o:0.00}x one worker" : "";
            table.AddRow($"end to end, {workers} worker(s)", $"{speed:N0}", note);
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    private static int Memory(BenchSettings settings)
    {
        var table = new Table().AddColumns("input", "chars", "peak working set", "elapsed");
        string[] runArguments = ["--tagger", settings.Tagger, .. settings.Model is null ? [] : (string[])["--model", settings.Model], .. settings.NoFigures ? (string[])["--no-figures"] : []];
        foreach (var bytes in settings.Memory)
        {
            var (chars, peak, seconds) = MemoryBenchmark.Measure(bytes, runArguments);
            table.AddRow(ByteSize.Format(bytes), $"{chars:N0}", $"{peak:N0} MB", $"{seconds:0} s");
            AnsiConsole.WriteLine($"{ByteSize.Format(bytes)}: peak {peak:N0} MB, {seconds:0} s");
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
