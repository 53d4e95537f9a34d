using System.ComponentModel;
using EntityPipeline.Processing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

internal sealed class RunSettings : CommandSettings
{
    [CommandArgument(0, "<input-folder>")]
    [Description("Folder of articles: every *.txt below it, in sub-folders too (UTF-8, UTF-16 with BOM, GB18030/GBK).")]
    public string Input { get; init; } = "";

    [CommandOption("-o|--out <FOLDER>")]
    [Description("Where the five CSV tables are written. Default: output")]
    public string Out { get; init; } = "output";

    [CommandOption("-m|--model <FILE>")]
    [Description("Tagger model (.zip) to use instead of the shipped default.")]
    public string? Model { get; init; }

    [CommandOption("--tagger <KIND>")]
    [Description("model (default): the trained tagger; dictionary: jieba's POS tags, no model.")]
    public string Tagger { get; init; } = "model";

    [CommandOption("-w|--workers <N>")]
    [Description("Documents processed in parallel. Default: the number of processors.")]
    public int Workers { get; init; } = Environment.ProcessorCount;

    [CommandOption("--no-bom")]
    [Description("Write the CSVs without the UTF-8 byte order mark (Excel needs it to read UTF-8; pandas and R do not).")]
    public bool NoBom { get; init; }

    [CommandOption("--no-figures")]
    [Description("Skip the numeric figures stage (figures.csv is written with its header only).")]
    public bool NoFigures { get; init; }

    public TaggerKind TaggerKind => Enum.Parse<TaggerKind>(Tagger, ignoreCase: true);

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<TaggerKind>(Tagger, ignoreCase: true, out _))
            return ValidationResult.Error($"--tagger must be 'model' or 'dictionary', not '{Tagger}'");
        if (Workers < 1)
            return ValidationResult.Error($"--workers must be at least 1, not {Workers}");
        if (Model is not null && TaggerKind == TaggerKind.Dictionary)
            return ValidationResult.Error("--model goes with --tagger model, not with --tagger dictionary");
        if (Model is not null && !File.Exists(Model))
            return ValidationResult.Error($"model file not found: {Model}");
        if (!Directory.Exists(Input))
            return ValidationResult.Error($"input folder not found: {Input}");
        return ValidationResult.Success();
    }
}
