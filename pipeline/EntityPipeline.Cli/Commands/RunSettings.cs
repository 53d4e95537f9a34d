using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

internal sealed class RunSettings : PipelineSettings
{
    [CommandArgument(0, "<input-folder>")]
    [Description("Folder of articles: every *.txt below it, in sub-folders too (UTF-8, UTF-16, GB18030/GBK).")]
    public string Input { get; init; } = "";

    [CommandOption("-o|--out <FOLDER>")]
    [Description("Where the five CSV tables are written. Default: output")]
    public string Out { get; init; } = "output";

    [CommandOption("-w|--workers <N>")]
    [Description("Documents processed in parallel. Default: the number of processors.")]
    public int Workers { get; init; } = Environment.ProcessorCount;

    [CommandOption("--no-bom")]
    [Description("Write the CSVs without the UTF-8 byte order mark (Excel needs it to read UTF-8; pandas and R do not).")]
    public bool NoBom { get; init; }

    [CommandOption("--no-workbook")]
    [Description("Do not write review.xlsx, the workbook beside the CSVs (typed sheets, and a review sheet that train --corrections reads).")]
    public bool NoWorkbook { get; init; }

    public override ValidationResult Validate()
    {
        if (Workers < 1)
            return ValidationResult.Error($"--workers must be at least 1, not {Workers}");
        if (!Directory.Exists(Input))
            return ValidationResult.Error($"input folder not found: {Input}");
        return base.Validate();
    }
}
