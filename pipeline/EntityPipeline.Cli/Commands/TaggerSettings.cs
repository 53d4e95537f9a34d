using System.ComponentModel;
using EntityPipeline.Cli.Console;
using EntityPipeline.Entities;
using EntityPipeline.Processing;
using EntityPipeline.Segmentation;
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

    /// <summary>The model file the run uses, or null with <c>--tagger dictionary</c>.</summary>
    public string? ModelPath => ToOptions().Tagger == TaggerKind.Model ? Model ?? DefaultModel.Path : null;

    /// <summary>
    /// The pipeline, its model loaded through <see cref="TaggerModel"/> (a file that is not a model: exit 2). jieba's dictionary
    /// (with the tags a model's features read, <see cref="JiebaResources.PosLexicon"/>) loads on another thread meanwhile: the
    /// model takes a little longer than jieba's dictionary, and start-up is most of a run over a few articles. Meanwhile, once the
    /// model is loaded, this thread loads what the tagger would load on its first document (<see cref="EntityTagger.LoadResources"/>)
    /// and runs <paramref name="whileJiebaLoads"/> (the caller's own set-up).
    /// </summary>
    public Pipeline CreatePipeline(Action? whileJiebaLoads = null)
    {
        var jieba = Task.Run(() => JiebaResources.EnsureLoaded());
        var tagger = ModelPath is null ? null : TaggerModel.Load(Model ?? DefaultModel.Require());
        tagger?.LoadResources();
        whileJiebaLoads?.Invoke();
        jieba.GetAwaiter().GetResult();
        return PipelineFactory.Create(ToOptions(), tagger);
    }

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<TaggerKind>(Tagger, ignoreCase: true, out var tagger) || !Enum.IsDefined(tagger))
            return ValidationResult.Error($"--tagger must be 'model' or 'dictionary', not '{Tagger}'");
        if (Model is not null && tagger == TaggerKind.Dictionary)
            return ValidationResult.Error("--model goes with --tagger model, not with --tagger dictionary");
        return InputPaths.MissingFile("--model", Model) is { } missing ? ValidationResult.Error(missing) : ValidationResult.Success();
    }
}
