using System.ComponentModel;
using EntityPipeline.Entities;
using EntityPipeline.Processing;
using EntityPipeline.Training.Corpora;
using EntityPipeline.Training.Corrections;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary><c>simulate-corrections</c>: the correction loop's harness (<see cref="SimulatedCorrections"/>), for measuring it as users run it.</summary>
[Description("For measuring the correction loop: turn the first sentences of an annotated corpus (or those the run's review sheet puts first) into a run's tables corrected as a user would correct them, and its last sentences into plain articles to rehearse.")]
internal sealed class SimulateCorrectionsCommand : Command<SimulateCorrectionsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--corpus <FILE>"), Description("Required: an annotated corpus file (MSRA BIO, People's Daily, CLUENER, Weibo NER or Resume NER; detected).")]
        public string? Corpus { get; init; }

        [CommandOption("--sentences <N>"), Description("Required: how many sentences (as the run splits them) to correct, from the start of the file.")]
        public int? Sentences { get; init; }

        [CommandOption("--order <ORDER>"), Description("Which sentences the user corrects: 'file' (the first ones, every row of entities.csv corrected) or 'review' (the run covers the file up to the rehearsal, and the user checks the sentences its review sheet puts first, marking them reviewed). Default: file")]
        public string Order { get; init; } = "file";

        [CommandOption("--skip <N>"), Description("Pass over this many sentences first: a second round's corrections follow the first's. Default: 0")]
        public int Skip { get; init; }

        [CommandOption("--rehearse <N>"), Description("How many sentences to write as plain articles to rehearse, from the end of the file, disjoint from the corrected ones. Default: 0")]
        public int Rehearse { get; init; }

        [CommandOption("--model <FILE>"), Description("The model whose run is corrected (a second round: the model the first round refined). Default: the shipped model.")]
        public string? Model { get; init; }

        [CommandOption("--out <FOLDER>"), Description("Required: a new or empty folder; gets articles/, corrections/ (sentences.csv and the corrected entities.csv), rehearse/ and gold.tsv.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            Corpus is null || Sentences is null || Out is null ? ValidationResult.Error("--corpus, --sentences and --out are required")
            : Sentences < 1 || Rehearse < 0 || Skip < 0 ? ValidationResult.Error("--sentences must be at least 1, --rehearse and --skip not negative")
            : !Enum.TryParse<CorrectionOrder>(Order, ignoreCase: true, out var order) || !Enum.IsDefined(order) ? ValidationResult.Error($"--order '{Order}': use file or review")
            : Console.InputPaths.MissingFile("--corpus", [Corpus]) is { } missing ? ValidationResult.Error(missing)
            : File.Exists(Out) || Directory.Exists(Out) && Directory.EnumerateFileSystemEntries(Out).Any() ? ValidationResult.Error($"--out {Out} must be a new or empty folder")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var tagger = TaggerModel.Load(settings.Model ?? DefaultModel.Require());
        var corpus = CorpusFile.Detect(settings.Corpus!);
        var sentences = corpus.Read().Where(s => s.Text.Length > 0).ToList();
        var summary = SimulatedCorrections.Write(sentences, settings.Sentences!.Value, settings.Rehearse, PipelineFactory.Create(new PipelineOptions(), tagger), settings.Out!, settings.Skip,
            Enum.Parse<CorrectionOrder>(settings.Order, ignoreCase: true));
        AnsiConsole.MarkupLineInterpolated($"{corpus}: {summary.Sentences:N0} sentences of {summary.Documents:N0} articles corrected ({summary.Entities:N0} entities; {summary.Dropped} cut by the run's sentences, left out) in {Path.Combine(settings.Out!, SimulatedCorrections.Corrections)}; {summary.RehearsalSentences:N0} sentences of {summary.RehearsalDocuments:N0} articles to rehearse in {Path.Combine(settings.Out!, SimulatedCorrections.Rehearse)}");
        return ExitCodes.Ok;
    }
}
