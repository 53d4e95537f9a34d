using System.ComponentModel;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

[Description("Train the entity tagger from annotated corpora and write the model with its model card.")]
internal sealed class TrainCommand : Command<TrainCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--msra <FILE>"), Description("MSRA NER training file (char<TAB>BIO tag per line). Repeatable.")]
        public string[] Msra { get; init; } = [];

        [CommandOption("--pku <FILE>"), Description("People's Daily 1998 PKU word/POS training file. Repeatable.")]
        public string[] Pku { get; init; } = [];

        [CommandOption("--dev <FILE>"), Description("Dev file to score the model on (MSRA or People's Daily; detected). Repeatable.")]
        public string[] Dev { get; init; } = [];

        [CommandOption("--out <FILE>"), Description("Model file to write (a model card .card.md is written beside it). Default: models/msra-pd.zip")]
        public string Out { get; init; } = "models/msra-pd.zip";

        [CommandOption("--pku-weight <W>"), Description("Weight of People's Daily sentences relative to MSRA's. Default: 1")]
        public double PkuWeight { get; init; } = 1.0;

        [CommandOption("--trainer <NAME>"), Description("sdca (default) or lbfgs.")]
        public TaggerTrainerKind Trainer { get; init; } = TaggerTrainerKind.Sdca;

        [CommandOption("--iterations <N>"), Description("Passes over the data (SDCA epochs / L-BFGS iterations). Default: 12")]
        public int Iterations { get; init; } = 12;

        [CommandOption("--l2 <X>"), Description("L2 regularization (default: the trainer's choice).")]
        public float? L2 { get; init; }

        [CommandOption("--l1 <X>"), Description("L1 regularization (default: the trainer's choice).")]
        public float? L1 { get; init; }

        [CommandOption("--tolerance <X>"), Description("SDCA convergence tolerance (relative duality gap). Default: 0.1")]
        public float Tolerance { get; init; } = 0.1f;

        [CommandOption("--outside-bias <X>"), Description("Stored with the model: added to O's log-probability before decoding (below 0 favours recall). Default: 0, or the --warm-start model's")]
        public float? OutsideBias { get; init; }

        [CommandOption("--hash-bits <N>"), Description("Size of the hashed feature space, 2^N. Default: 20")]
        public int HashBits { get; init; } = 20;

        [CommandOption("--no-words"), Description("Leave out jieba word features.")]
        public bool NoWords { get; init; }

        [CommandOption("--no-pos"), Description("Leave out jieba POS features.")]
        public bool NoPos { get; init; }

        [CommandOption("--no-suffixes"), Description("Leave out the organisation/place suffix-list features.")]
        public bool NoSuffixes { get; init; }

        [CommandOption("--no-char-class"), Description("Leave out character-class features.")]
        public bool NoCharClass { get; init; }

        [CommandOption("--no-lexicon"), Description("Leave out the entity lexicon gathered from the training data.")]
        public bool NoLexicon { get; init; }

        [CommandOption("--lexicon-min-count <N>"), Description("Times a string must be annotated in training to enter the lexicon. Default: 2")]
        public int LexiconMinCount { get; init; } = 2;

        [CommandOption("--trigrams"), Description("Add character trigram features.")]
        public bool Trigrams { get; init; }

        [CommandOption("--neighbour-words"), Description("Add the identities of the previous and next jieba words.")]
        public bool NeighbourWords { get; init; }

        [CommandOption("--warm-start <MODEL>"), Description("Start from this model's weights, features and lexicon (needs --trainer lbfgs): refine a shipped model in minutes.")]
        public string? WarmStart { get; init; }

        [CommandOption("--max-sentences <N>"), Description("Read at most N sentences of each training file (quick experiments).")]
        public int? MaxSentences { get; init; }

        [CommandOption("--threads <N>"), Description("Trainer threads. Default 1 (deterministic).")]
        public int Threads { get; init; } = 1;

        public override ValidationResult Validate() =>
            Msra.Length + Pku.Length == 0 ? ValidationResult.Error("give at least one --msra or --pku training file")
            : Iterations < 1 ? ValidationResult.Error("--iterations must be at least 1")
            : PkuWeight <= 0 ? ValidationResult.Error("--pku-weight must be positive")
            : WarmStart is not null && Trainer != TaggerTrainerKind.Lbfgs ? ValidationResult.Error("--warm-start needs --trainer lbfgs")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        try
        {
            var train = settings.Msra.Select(p => new CorpusFile(p, CorpusFormat.MsraBio))
                .Concat(settings.Pku.Select(p => new CorpusFile(p, CorpusFormat.PeoplesDaily, settings.PkuWeight)))
                .ToList();
            var dev = settings.Dev.Select(p => CorpusFile.Detect(p)).ToList();
            var warmStart = settings.WarmStart is null ? null : EntityTagger.Load(settings.WarmStart);
            var options = new TaggerTrainingOptions(settings.Trainer, settings.Iterations, settings.L2, settings.L1, settings.Tolerance, settings.Threads,
                OutsideBias: settings.OutsideBias ?? warmStart?.OutsideBias ?? 0)
            {
                Features = new TaggerFeatureOptions(settings.HashBits, !settings.NoWords, !settings.NoPos, !settings.NoSuffixes, !settings.NoCharClass,
                    !settings.NoLexicon, settings.LexiconMinCount, settings.Trigrams, settings.NeighbourWords),
            };
            var command = "entitypipeline " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
            TaggerTrainingRun.Run(train, dev, options, settings.Out, command,
                line => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.UtcNow - started:hh\\:mm\\:ss}[/] {line}"),
                settings.MaxSentences, warmStart: warmStart);
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]train failed:[/] {e.Message} (no model written)");
            return 1;
        }
    }
}
