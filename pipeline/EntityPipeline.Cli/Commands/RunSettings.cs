using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

internal sealed class RunSettings : PipelineSettings
{
    [CommandArgument(0, "<input>")]
    [Description("A folder of articles (every *.txt below it, in sub-folders too), or one .txt file. UTF-8, UTF-16, GB18030/GBK or Big5, detected.")]
    public string Input { get; init; } = "";

    [CommandOption("-o|--out <FOLDER>")]
    [Description("Where the five CSV tables, review.xlsx and run.json are written. A folder whose tables or workbook were edited since its run is refused. Default: output")]
    public string Out { get; init; } = "output";

    [CommandOption("-w|--workers <N>")]
    [Description("Documents processed in parallel. Default: the number of processors.")]
    public int Workers { get; init; } = Environment.ProcessorCount;

    [CommandOption("--no-bom")]
    [Description("Write the CSVs without the UTF-8 byte order mark (Excel needs it to read UTF-8; pandas and R do not).")]
    public bool NoBom { get; init; }

    [CommandOption("--plain")]
    [Description("Tables for pandas and R: no byte order mark, and no ' before cells that begin with = + - @, so text == document[[start:end]] always holds. A spreadsheet may then run such a cell as a formula.")]
    public bool Plain { get; init; }

    public bool ByteOrderMark => !NoBom && !Plain;

    [CommandOption("--no-workbook")]
    [Description("Do not write review.xlsx, the workbook beside the CSVs (typed sheets, and a review sheet that train --corrections reads).")]
    public bool NoWorkbook { get; init; }

    public override ValidationResult Validate()
    {
        if (Workers < 1)
            return ValidationResult.Error($"--workers must be at least 1, not {Workers}");
        if (Directory.Exists(Input))
            return base.Validate();
        if (!File.Exists(Input))
            return ValidationResult.Error($"input not found: {Input}; pass a folder of .txt articles or one .txt file");
        if (!Input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return ValidationResult.Error($"{Input} is not a .txt file; pass a folder of .txt articles or one .txt file (plain text)");
        return base.Validate();
    }
}
