using System.ComponentModel;
using System.Globalization;
using EntityPipeline.Processing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>The options that choose how the pipeline is built, shared by the commands that run it.</summary>
internal class PipelineSettings : TaggerSettings
{
    [CommandOption("--no-figures")]
    [Description("Skip the numeric figures stage (figures.csv is written with its header only).")]
    public bool NoFigures { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date of the documents whose text and file name state none: 今年 and 去年 resolve from it.")]
    public string? Date { get; init; }

    public override PipelineOptions ToOptions() => base.ToOptions() with
    {
        Figures = !NoFigures,
        DocumentDate = Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public override ValidationResult Validate()
    {
        if (Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--date must be a day written YYYY-MM-DD, such as 2024-03-15, not '{Date}'");
        return base.Validate();
    }
}
