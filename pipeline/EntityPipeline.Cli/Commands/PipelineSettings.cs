using System.ComponentModel;
using EntityPipeline.Processing;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>The options that choose how the pipeline is built, shared by the commands that run it.</summary>
internal class PipelineSettings : TaggerSettings
{
    [CommandOption("--no-figures")]
    [Description("Skip the numeric figures stage (figures.csv is written with its header only).")]
    public bool NoFigures { get; init; }

    public override PipelineOptions ToOptions() => base.ToOptions() with { Figures = !NoFigures };
}
