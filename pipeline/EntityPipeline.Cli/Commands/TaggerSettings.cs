using System.ComponentModel;
using EntityPipeline.Processing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>The options that choose the entity tagger, shared by the commands that build the pipeline (run, bench, evaluate-figures).</summary>
internal class TaggerSettings : CommandSettings
{
    [CommandOption("-m|--model <FILE>")]
    [Description("Tagger model (.zip) to use instead of the shipped default.")]
    public string? Model { get; init; }

    [CommandOption("--tagger <KIND>")]
    [Description("model (default): the trained tagger; dictionary: jieba's POS tags, no model.")]
    public string Tagger { get; init; } = "model";

    public virtual PipelineOptions ToOptions() => new()
    {
        Tagger = Enum.Parse<TaggerKind>(Tagger, ignoreCase: true),
        ModelPath = Model,
    };

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<TaggerKind>(Tagger, ignoreCase: true, out var tagger) || !Enum.IsDefined(tagger))
            return ValidationResult.Error($"--tagger must be 'model' or 'dictionary', not '{Tagger}'");
        if (Model is not null && tagger == TaggerKind.Dictionary)
            return ValidationResult.Error("--model goes with --tagger model, not with --tagger dictionary");
        if (Model is not null && !File.Exists(Model))
            return ValidationResult.Error($"model file not found: {Model}");
        return ValidationResult.Success();
    }
}
