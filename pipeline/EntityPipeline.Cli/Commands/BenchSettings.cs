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
        return base.Validate();
    }
}
