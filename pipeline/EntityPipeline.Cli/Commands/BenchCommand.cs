using System.Diagnostics;
using System.Reflection;
using EntityPipeline.Cli.Bench;
using EntityPipeline.Input;
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
        if (settings.Realistic)
            return Realistic(settings);

        var pipeline = settings.CreatePipeline();
        var corpus = settings.Folder is { } folder
            ? DocumentSource.List(folder).Select(f => (f.DocId, File.ReadAllText(f.FullPath))).ToList()
            : BenchCorpus.Generate(BenchCorpus.CharsFor(settings.SizeBytes)).ToList();
        var bench = new StageBenchmark(pipeline, corpus);
        AnsiConsole.WriteLine($"corpus: {corpus.Count:N0} documents, {bench.Chars:N0} chars ({settings.Folder ?? ByteSize.Format(settings.SizeBytes) + " UTF-8"}); median of {settings.Runs} runs; {Environment.ProcessorCount} cores");

        var table = new Table().AddColumns("measure", "chars/s", "note");
        foreach (var (name, speed) in bench.Stages(settings.Runs))
            table.AddRow(name + " (alone, 1 thread)", $"{speed:N0}", "");
        var jieba = bench.JiebaCut(settings.Runs);
        table.AddRow("jieba.NET Cut (bare, 1 thread)", $"{jieba:N0}", "reference");

        using var scratch = new ScratchFolder();
        BenchCorpus.Write(scratch.Path, corpus);
        var files = DocumentSource.List(scratch.Path);
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
        foreach (var bytes in settings.Memory)
        {
            var (chars, peak, seconds) = MemoryBenchmark.Measure(bytes, RunArguments(settings));
            table.AddRow(ByteSize.Format(bytes), $"{chars:N0}", $"{peak:N0} MB", $"{seconds:0} s");
            AnsiConsole.WriteLine($"{ByteSize.Format(bytes)}: peak {peak:N0} MB, {seconds:0} s");
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    private static int Realistic(BenchSettings settings)
    {
        if (Debugger.IsAttached || typeof(BenchCommand).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
            AnsiConsole.MarkupLine("[yellow]this is a Debug build: build with -c Release for figures worth quoting[/]");
        using var scratch = new ScratchFolder();
        var folders = new List<(string Name, string Path, int[] Workers)>();
        string Make(string name, Func<string, long> write)
        {
            var path = Path.Combine(scratch.Path, name);
            Directory.CreateDirectory(path);
            var chars = write(path);
            var documents = DocumentSource.List(path).Count;
            AnsiConsole.WriteLine($"{name}: {documents:N0} articles, {chars:N0} chars ({chars / documents:N0} an article)");
            return path;
        }
        // short: People's Daily pieces; long: the templates; one: the first article of the first folder.
        string? shortFolder = settings.Shared is { } shared ? Make("short", f => RealisticFolders.WriteShort(shared, settings.Articles, f)) : null;
        if (shortFolder is not null) folders.Add(("short", shortFolder, [.. settings.Workers]));
        var longFolder = Make("long", RealisticFolders.WriteLong);
        folders.Add(("long", longFolder, [.. settings.Workers]));
        if (settings.Folder is { } own)
            folders.Add((own, own, [.. settings.Workers]));
        folders.Add(("one", Make("one", f => RealisticFolders.WriteOne(shortFolder ?? longFolder, f)), [1]));
        AnsiConsole.WriteLine($"whole processes, median of {settings.Runs} runs (interleaved); {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        var table = new Table().AddColumns("folder", "measure", "seconds", "chars/s", "× bare Cut", "× 1 worker", "CPU s", "cores", "peak MB");
        if (System.Console.IsOutputRedirected) AnsiConsole.Profile.Width = 140; // one line a row in a saved report
        var notes = new List<string>();
        foreach (var (name, path, workers) in folders)
        {
            long chars = DocumentSource.List(path).Sum(f => (long)File.ReadAllText(f.FullPath).Length);
            var measures = ProcessBenchmark.Run(path, workers, settings.Runs, RunArguments(settings));
            string oneName = ProcessBenchmark.RunName(1);
            var one = measures.FirstOrDefault(m => m.Name == oneName)?.Usage;
            double cut = measures[0].Usage.Seconds;
            foreach (var (measure, u) in measures)
            {
                bool isCut = measure == ProcessBenchmark.BareCut;
                table.AddRow(name, measure, $"{u.Seconds:0.00}", $"{chars / u.Seconds:N0}",
                    isCut ? "1" : $"{u.Seconds / cut:0.00}", isCut || one is null || measure == oneName ? "" : $"{one.Seconds / u.Seconds:0.00}",
                    $"{u.CpuSeconds:0.00}", $"{u.Cores:0.00}", $"{u.PeakMegabytes:N0}");
            }
            if (one is not null && workers.Length > 1)
                notes.Add($"{name}: one worker keeps {one.Cores:0.00} cores busy, so more workers can be at most {Environment.ProcessorCount / one.Cores:0.00}× faster on {Environment.ProcessorCount} cores");
            AnsiConsole.WriteLine($"{name}: done");
        }
        AnsiConsole.Write(table);
        foreach (var note in notes) AnsiConsole.WriteLine(note);
        AnsiConsole.WriteLine($"load average at the end: {LoadAverage()}");
        return ExitCodes.Ok;
    }

    private static string[] RunArguments(BenchSettings settings) =>
        ["--tagger", settings.Tagger, .. settings.Model is null ? [] : (string[])["--model", settings.Model], .. settings.NoFigures ? (string[])["--no-figures"] : []];

    /// <summary>The machine's load (Linux), printed beside the figures because other jobs share the cores.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
