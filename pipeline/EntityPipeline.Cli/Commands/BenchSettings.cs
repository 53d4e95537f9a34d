using System.ComponentModel;
using EntityPipeline.Cli.Bench;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

internal sealed class BenchSettings : PipelineSettings
{
    [CommandOption("--size <SIZE>")]
    [Description("Size of the generated corpus (UTF-8 bytes): 10MB, 100MB, 1GB. Default: 10MB")]
    public string Size { get; init; } = "10MB";

    [CommandOption("--runs <N>")]
    [Description("Runs of each measurement; the median is reported. Default: 3")]
    public int Runs { get; init; } = 3;

    [CommandOption("--workers <LIST>")]
    [Description("Worker counts for the end-to-end runs, comma separated. Default: 1,2")]
    public string WorkerCounts { get; init; } = "1,2";

    [CommandOption("--memory <SIZES>")]
    [Description("Instead: peak working set of a whole `run` process at each size, e.g. 10MB,100MB,1GB.")]
    public string? MemorySizes { get; init; }

    [CommandOption("--realistic")]
    [Description("Instead: whole `run` processes beside bare jieba.NET Cut (a process that only loads jieba and cuts) on real-sized articles: short People's Daily articles (with --shared), long ones from the templates, one article alone, and --folder.")]
    public bool Realistic { get; init; }

    [CommandOption("--shared <FOLDER>")]
    [Description("With --realistic: the shared material (../shared), whose People's Daily corpus gives the short articles (rebuilt as plain text in a scratch folder).")]
    public string? Shared { get; init; }

    [CommandOption("--articles <N>")]
    [Description("With --shared: how many People's Daily articles. Default: 6000")]
    public int Articles { get; init; } = 6000;

    [CommandOption("--folder <FOLDER>")]
    [Description("A folder of your own articles: with --realistic timed beside the others, else the corpus of the per-stage measures instead of a generated one.")]
    public string? Folder { get; init; }

    public long SizeBytes => ByteSize.TryParse(Size, out var b) ? b : 0;

    public IReadOnlyList<int> Workers => [.. WorkerCounts.Split(',').Select(w => int.TryParse(w, out var n) ? n : 0)];

    public IReadOnlyList<long> Memory => [.. (MemorySizes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => ByteSize.TryParse(s, out var b) ? b : 0)];

    public override ValidationResult Validate()
    {
        if (SizeBytes <= 0) return ValidationResult.Error($"--size: '{Size}' is not a size such as 10MB");
        if (Runs < 1) return ValidationResult.Error("--runs must be at least 1");
        if (Workers.Any(w => w < 1)) return ValidationResult.Error($"--workers: '{WorkerCounts}' is not a list of positive numbers");
        if (MemorySizes is not null && (Memory.Count == 0 || Memory.Any(b => b <= 0)))
            return ValidationResult.Error($"--memory: '{MemorySizes}' is not a list of sizes such as 10MB,100MB");
        if (Shared is not null && !Realistic)
            return ValidationResult.Error("--shared goes with --realistic");
        if (Shared is not null && !File.Exists(RealisticFolders.PeoplesDailyPath(Shared)))
            return ValidationResult.Error($"--shared: no People's Daily corpus at {RealisticFolders.PeoplesDailyPath(Shared)}");
        if (Folder is not null && !Directory.Exists(Folder))
            return ValidationResult.Error($"--folder: no folder {Folder}");
        if (Articles < 1) return ValidationResult.Error("--articles must be at least 1");
        return base.Validate();
    }
}
