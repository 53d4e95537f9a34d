using System.ComponentModel;
using System.Globalization;
using EntityPipeline.Cli.Console;
using EntityPipeline.Entities;
using EntityPipeline.Processing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>The options that choose how the pipeline is built, shared by the commands that run it.</summary>
internal class PipelineSettings : CommandSettings
{
    [CommandOption("-m|--model <FILE>")]
    [Description("Tagger model (.zip) to use instead of the shipped default.")]
    public string? Model { get; init; }

    [CommandOption("--tagger <KIND>")]
    [Description("model (default): the trained tagger; dictionary: jieba's POS tags, no model.")]
    public string Tagger { get; init; } = "model";

    [CommandOption("--no-figures")]
    [Description("Skip the numeric figures stage (figures.csv is written with its header only).")]
    public bool NoFigures { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date of the documents whose text and file name state none: 今年 and 去年 resolve from it.")]
    public string? Date { get; init; }

    public PipelineOptions ToOptions() => new()
    {
        Tagger = Enum.Parse<TaggerKind>(Tagger, ignoreCase: true),
        ModelPath = Model,
        Figures = !NoFigures,
        DocumentDate = Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The model file the run uses, or null with <c>--tagger dictionary</c>.</summary>
    public string? ModelPath => ToOptions().Tagger == TaggerKind.Model ? Model ?? DefaultModel.Path : null;

    /// <summary>The pipeline, its model loaded through <see cref="TaggerModel"/> (a file that is not a model: exit 2).</summary>
    public Pipeline CreatePipeline() =>
        PipelineFactory.Create(ToOptions(), ModelPath is null ? null : TaggerModel.Load(Model ?? DefaultModel.Require()));

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<TaggerKind>(Tagger, ignoreCase: true, out var tagger) || !Enum.IsDefined(tagger))
            return ValidationResult.Error($"--tagger must be 'model' or 'dictionary', not '{Tagger}'");
        if (Model is not null && tagger == TaggerKind.Dictionary)
            return ValidationResult.Error("--model goes with --tagger model, not with --tagger dictionary");
        if (Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--date must be a day written YYYY-MM-DD, such as 2024-03-15, not '{Date}'");
        return InputPaths.MissingFile("--model", Model) is { } missing ? ValidationResult.Error(missing) : ValidationResult.Success();
    }
}
