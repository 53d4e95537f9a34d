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
    /// The pipeline, its model loaded through <see cref="TaggerModel"/> (a file that is not a model: exit 2). Start-up is most of a
    /// run over a few articles, so its parts load side by side: the model on this thread; jieba's dictionary (with the tags a
    /// model's features read, <see cref="JiebaResources.PosLexicon"/>) on another. The smaller data (the figures' and, when a model is
    /// named, the place gazetteer, <see cref="Entities.Tagging.EntityTagger.LoadSharedResources"/>: before the model says whether it
    /// reads it, since knowing takes the model's load) is loaded by whichever thread is free first, the two taking it from opposite
    /// ends so that neither waits for the other: jieba's thread after its dictionaries, then <paramref name="besideModel"/> (not waited
    /// for: work of the caller's for a spare core); this one after the model and <paramref name="whileJiebaLoads"/> (the caller's own
    /// set-up), since the model now loads about as fast as jieba's dictionaries. Cancelled (<paramref name="cancel"/>: Ctrl+C) while
    /// jieba's dictionaries still load, it throws <see cref="OperationCanceledException"/> at once and leaves them loading.
    /// </summary>
    public Pipeline CreatePipeline(Action? whileJiebaLoads = null, Action? besideModel = null, CancellationToken cancel = default)
    {
        var options = ToOptions();
        bool model = ModelPath is not null;
        void Gazetteer() { if (model) Entities.Tagging.EntityTagger.LoadSharedResources(); }
        void Figures() { if (options.Figures) _ = EntityPipeline.Figures.FigureResources.Default; }
        var loading = Task.Run(() =>
        {
            JiebaResources.EnsureLoaded();
            Gazetteer();
            Figures();
            besideModel?.Invoke();
        });
        Entities.Tagging.EntityTagger? tagger;
        try
        {
            tagger = model ? TaggerModel.Load(Model ?? DefaultModel.Require()) : null;
            whileJiebaLoads?.Invoke();
            cancel.ThrowIfCancellationRequested(); // the smaller data is jieba's thread's to load too
            Figures();
            Gazetteer();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Failing, still after the other thread: what besideModel started is then set, and the caller can wait for it.
            try { loading.Wait(); } catch (AggregateException) { }
            throw;
        }
        // Waits for the loading to end, failed or not (its failure is thrown below as it was), unless cancelled first.
        loading.ContinueWith(_ => { }, TaskContinuationOptions.ExecuteSynchronously).Wait(cancel);
        loading.GetAwaiter().GetResult();
        return PipelineFactory.Create(options, tagger);
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
