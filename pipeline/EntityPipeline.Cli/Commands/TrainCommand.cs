using System.ComponentModel;
using EntityPipeline.Cli.Console;
using EntityPipeline.Entities;
using EntityPipeline.Training;
using EntityPipeline.Training.Corrections;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>
/// <c>train</c>: refine a model on a user's corrections, or train one from a recipe. The settings are the library's
/// (<see cref="TrainingRecipe"/>); this command only reads the command line, guards the output file and reports.
/// </summary>
[Description("Refine the tagger on your corrections, or train one from a recipe; writes the model and its model card.")]
internal sealed class TrainCommand : Command<TrainCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--corrections <PATH>"), Description("The review workbook of a run (review.xlsx, its rows marked reviewed), a corrected entities.csv (with the run's sentences.csv beside it), or the folder holding both CSVs. Repeatable: give every round's corrections. Without --recipe, refines the base model.")]
        public string[] Corrections { get; init; } = [];

        [CommandOption("--rehearse <PATH>"), Description("When refining: a folder (or file) of plain articles of your kind that you did not review, which the base model tags and learns from alongside the corrections, so that it keeps what it already tags right. Repeatable.")]
        public string[] Rehearse { get; init; } = [];

        [CommandOption("--base-model <FILE>"), Description("The model to refine. Default with --corrections: the shipped model.")]
        public string? BaseModel { get; init; }

        [CommandOption("--recipe <FILE>"), Description("Train from scratch as this recipe says (corpora and their weights, features, epochs, dev files; JSON, see models/msra-pd.recipe.json).")]
        public string? Recipe { get; init; }

        [CommandOption("--corpus <FILE>"), Description("An annotated corpus file (MSRA BIO, People's Daily, CLUENER JSON, Weibo NER or Resume NER; detected) to train on, added to the recipe's. Repeatable.")]
        public string[] Corpus { get; init; } = [];

        [CommandOption("--dev <FILE>"), Description("A dev file (MSRA, People's Daily, CLUENER, Weibo or Resume; detected) to score the model on, before and after for a refinement. Repeatable.")]
        public string[] Dev { get; init; } = [];

        [CommandOption("--out <FILE>"), Description("Required: the model file to write (its model card .card.md is written beside it). Written only when training succeeded.")]
        public string? Out { get; init; }

        [CommandOption("--overwrite-shipped"), Description("For maintainers: allow --out to be a shipped model (a model under models/ with a .recipe.json beside it, or the program's default model).")]
        public bool OverwriteShipped { get; init; }

        /// <summary>A refinement when a base model is named, or corrections come without a recipe; else training from scratch.</summary>
        public bool Refines => BaseModel is not null || Recipe is null && Corrections.Length > 0;

        public override ValidationResult Validate() =>
            Recipe is null && Corpus.Length + Corrections.Length == 0 && BaseModel is null ? ValidationResult.Error("give --corrections to refine the shipped model, or --recipe (or --corpus) to train one")
            : !Refines && Rehearse.Length > 0 ? ValidationResult.Error("--rehearse needs a model to refine (--corrections or --base-model): the articles are labelled by it")
            : Rehearse.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing ? ValidationResult.Error($"--rehearse: not found: {missing}")
            : (InputPaths.MissingFile("--corpus", Corpus) ?? InputPaths.MissingFile("--dev", Dev)) is { } missingFile ? ValidationResult.Error(missingFile)
            : ValidationResult.Success();
    }

    /// <summary>All corrections of all paths as one set, or null when none were given; all problems of all paths in one refusal.</summary>
    private static CorrectionSet? ReadCorrections(string[] paths, double weight)
    {
        if (paths.Length == 0) return null;
        var sets = new List<CorrectionSet>();
        var problems = new List<CorrectionProblem>();
        foreach (var path in paths)
        {
            try { sets.Add(CorrectionsReader.Read(path, weight)); }
            catch (CorrectionsException e) { problems.AddRange(e.Problems); }
        }
        if (problems.Count > 0) throw new CorrectionsException(problems);
        return CorrectionSet.Combine(sets);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        if (settings.Out is null)
            return Refuse("--out is required: name the model file to write, e.g. --out models/mine.zip (the shipped model is never replaced by default)");
        if (ShippedModel.Is(settings.Out) && !settings.OverwriteShipped)
            return Refuse($"{settings.Out} is a shipped model: write your model elsewhere (e.g. --out models/mine.zip); maintainers rebuilding it from its recipe add --overwrite-shipped");
        if (OutputFolderProblem(settings.Out) is { } problem)
            return Refuse(problem);
        try
        {
            var recipe = settings.Recipe is { } path ? TrainingRecipe.Load(path) : new TrainingRecipe();
            recipe = recipe with
            {
                Corpora = [.. recipe.Corpora, .. settings.Corpus.Select(p => new RecipeCorpus(p))],
                Dev = [.. recipe.Dev, .. settings.Dev],
            };
            string? basePath = settings.Refines ? settings.BaseModel ?? DefaultModel.Require() : null;
            var baseModel = basePath is null ? null : TaggerModel.Load(basePath, "--base-model");
            // Corrections are checked before anything is trained: every problem is listed and nothing is written.
            var corrections = ReadCorrections(settings.Corrections, recipe.CorrectionsWeight);
            var command = "entitypipeline " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
            TaggerTrainingRun.Run(recipe, settings.Out, command,
                line => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.UtcNow - started:hh\\:mm\\:ss}[/] {line}"),
                corrections, baseModel is null ? null : (basePath!, baseModel), settings.Rehearse);
            return ExitCodes.Ok;
        }
        catch (RecipeException e)
        {
            return Refuse(e.Message);
        }
        catch (CorrectionsException e)
        {
            return Failure.Report(e, "No model was trained or written. Fix the rows above and train again.");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException or UnauthorizedAccessException)
        {
            return Failure.Report(e, "No model was written.");
        }
    }

    private static int Refuse(string message)
    {
        Failure.Print($"{message}. Nothing was trained or written.");
        return ExitCodes.BadUsage;
    }

    /// <summary>Why the model could not be written into its folder, found before hours of training rather than after; null if it can.</summary>
    private static string? OutputFolderProblem(string modelPath)
    {
        var full = Path.GetFullPath(modelPath);
        if (Directory.Exists(full))
            return $"--out {modelPath} is a folder: name the model file to write, e.g. {Path.Combine(modelPath, "mine.zip")}";
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            return $"the folder of --out {modelPath} does not exist: {folder}";
        var probe = Path.Combine(folder, $".train-probe-{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write into the folder of --out {modelPath} ({folder}): {e.Message}";
        }
    }
}
