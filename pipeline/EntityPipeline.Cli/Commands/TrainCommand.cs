using System.ComponentModel;
using EntityPipeline.Cli.Console;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Training;
using EntityPipeline.Entities;
using EntityPipeline.Segmentation;
using EntityPipeline.Training.Corpora;
using EntityPipeline.Training.Corrections;
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

        [CommandOption("--cluener <FILE>"), Description("CLUENER2020 JSON training file (name→PER; company, government, organization→ORG; address, scene→LOC). Repeatable.")]
        public string[] ClueNer { get; init; } = [];

        [CommandOption("--cluener-limit <N>"), Description("Read only the first N records of each --cluener file (a learning curve).")]
        public int? ClueNerLimit { get; init; }

        [CommandOption("--corrections <PATH>"), Description("The review workbook of a run (review.xlsx, its rows marked reviewed), a corrected entities.csv (with the run's sentences.csv beside it), or the folder holding both CSVs. Repeatable. Without corpora, refines the shipped model.")]
        public string[] Corrections { get; init; } = [];

        [CommandOption("--corrections-weight <W>"), Description("Weight of a corrected (or CLUENER) sentence relative to a corpus sentence. Default: 1 when the perceptron refines a model (each mistake moves its weights as one did in its training), else 10")]
        public double? CorrectionsWeight { get; init; }

        [CommandOption("--dev <FILE>"), Description("Dev file to score the model on (MSRA, People's Daily or CLUENER; detected). Repeatable.")]
        public string[] Dev { get; init; } = [];

        [CommandOption("--out <FILE>"), Description("Model file to write (a model card .card.md is written beside it). Default: models/msra-pd.zip")]
        public string Out { get; init; } = "models/msra-pd.zip";

        [CommandOption("--pku-weight <W>"), Description("Weight of People's Daily sentences relative to MSRA's. Default: 1")]
        public double PkuWeight { get; init; } = 1.0;

        [CommandOption("--trainer <NAME>"), Description("perceptron (an averaged structured perceptron, trained on decoded sentences: the default from scratch, and to refine a model it trained), sdca (maximum entropy, per character; from scratch only) or lbfgs (maximum entropy; the default to refine a model SDCA or L-BFGS trained).")]
        public TaggerTrainerKind? Trainer { get; init; }

        [CommandOption("--iterations <N>"), Description("Passes over the data (perceptron or SDCA epochs / L-BFGS iterations). Default from scratch: 6 for the perceptron (as the shipped model), 12 for SDCA; with a warm start 1 (3 for L-BFGS on a one-pass model): more drifts away from what the base model knew.")]
        public int? Iterations { get; init; }

        [CommandOption("--l2 <X>"), Description("L2 regularization of the maximum-entropy trainers; the perceptron has none (default: the trainer's choice from scratch; 1e-6 with an L-BFGS warm start).")]
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

        [CommandOption("--pos-source <SOURCE>"), Description("lexicon (default): each word's tag in jieba's dictionary, as fast as the plain cut; hmm: jieba's POS segmenter, 7 times slower.")]
        public PosTagging PosSource { get; init; } = PosTagging.Lexicon;

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

        [CommandOption("--long-names"), Description("Add features for names over several words: facility and zone suffixes (站, 码头, 公园, 示范区 ...) and the suffix that closes each phrase.")]
        public bool LongNames { get; init; }

        [CommandOption("--person-cues"), Description("Add surname and title-list features (a common surname; a title such as 主任 or 记者 before or after the word).")]
        public bool PersonCues { get; init; }

        [CommandOption("--short-forms"), Description("Add short-form features: one-character province abbreviations (湘菜, 苏浙皖) and given names doubling a character after a surname (张欢欢).")]
        public bool ShortForms { get; init; }

        [CommandOption("--corpus-features"), Description("Learn each corpus's annotation conventions apart: copies of a few features per corpus (label prior, character, word, lexicon match); text is tagged with MSRA's.")]
        public bool CorpusFeatures { get; init; }

        [CommandOption("--second-pass"), Description("Tag twice: a second model reads the first one's labels and the strings it tagged across the document (about 2.5× the training time).")]
        public bool SecondPass { get; init; }

        [CommandOption("--second-pass-pku-weight <W>"), Description("With --second-pass: factor on People's Daily sentences' weight in the second pass (0 leaves them out, so MSRA's conventions decide the final spans). Default: 1")]
        public double SecondPassPkuWeight { get; init; } = 1.0;

        [CommandOption("--second-pass-cluener-weight <W>"), Description("With --second-pass: factor on CLUENER sentences' weight in the second pass (0 leaves them out). Default: 1")]
        public double SecondPassClueNerWeight { get; init; } = 1.0;

        [CommandOption("--stacking-folds <N>"), Description("With --second-pass: the second pass learns from first-pass labels of N held-out folds of documents (N fits of the first pass, run in parallel with it: 3 keeps four fits in two rounds on two cores). Default: 3")]
        public int StackingFolds { get; init; } = 3;

        [CommandOption("--warm-start <MODEL>"), Description("Start from this model's weights, features and lexicon (the perceptron for a model it trained, else L-BFGS): refine a model in seconds. Default with corrections or CLUENER: the shipped model; 'none' trains from nothing (CLUENER as part of the base data).")]
        public string? WarmStart { get; init; }

        [CommandOption("--rehearse <PATH>"), Description("When refining a model: a folder (or file) of plain articles of your kind that you did not review (sentences of a corrected run are left out), which the model tags and learns from alongside the corrections, so that it keeps what it already tags right. Repeatable.")]
        public string[] Rehearse { get; init; } = [];

        [CommandOption("--max-sentences <N>"), Description("Read at most N sentences of each training file: quick experiments, or a sample of the base corpora to learn beside corrections when refining a model.")]
        public int? MaxSentences { get; init; }

        [CommandOption("--threads <N>"), Description("Trainer threads. Default 1 (deterministic).")]
        public int Threads { get; init; } = 1;

        /// <summary>Corrections or CLUENER refine the shipped model (with a sample of the base corpora, if given) rather than start from nothing.</summary>
        public string? EffectiveWarmStart => WarmStart == NoWarmStart ? null : WarmStart ?? (Corrections.Length + ClueNer.Length > 0 ? DefaultModel.Path : null);

        private const string NoWarmStart = "none";

        /// <summary>
        /// Refining takes one perceptron epoch or L-BFGS step by default (three L-BFGS steps for a one-pass model): on a few corrected
        /// sentences each further step drifts from what the model knew (measured in the README, "Correcting the tagger").
        /// </summary>
        public int IterationsFor(EntityTagger? warmStart) => Iterations ?? (TrainerFor(warmStart), warmStart) switch
        {
            (TaggerTrainerKind.Perceptron, null) => 6,
            (_, null) => 12,
            (TaggerTrainerKind.Lbfgs, { HasSecondPass: false }) => 3,
            _ => 1,
        };

        /// <summary>
        /// A perceptron-trained model is refined by the perceptron at the scale of its training, where one correction counts as one
        /// sentence; the L-BFGS step that refines a maximum-entropy model needs corrections weighted up to move it (README).
        /// </summary>
        public double CorrectionsWeightFor(EntityTagger? warmStart) => CorrectionsWeight ?? (TrainerFor(warmStart) == TaggerTrainerKind.Perceptron && warmStart is not null ? 1 : 10);

        public float? EffectiveL2 => L2 ?? (EffectiveWarmStart is null ? null : 1e-6f);

        /// <summary>The perceptron from scratch and for a model it trained; L-BFGS for a maximum-entropy model.</summary>
        public TaggerTrainerKind TrainerFor(EntityTagger? warmStart) => Trainer ?? (warmStart is null || warmStart.RefinesAsPerceptron ? TaggerTrainerKind.Perceptron : TaggerTrainerKind.Lbfgs);

        public override ValidationResult Validate() =>
            Msra.Length + Pku.Length + ClueNer.Length + Corrections.Length == 0 ? ValidationResult.Error("give training data: --msra, --pku, --cluener or --corrections")
            : Iterations < 1 ? ValidationResult.Error("--iterations must be at least 1")
            : PkuWeight <= 0 || CorrectionsWeight <= 0 ? ValidationResult.Error("--pku-weight and --corrections-weight must be positive")
            : StackingFolds < 2 ? ValidationResult.Error("--stacking-folds must be at least 2")
            : SecondPassPkuWeight < 0 || SecondPassClueNerWeight < 0 ? ValidationResult.Error("--second-pass-pku-weight and --second-pass-cluener-weight must not be negative")
            : EffectiveWarmStart is not null && Trainer == TaggerTrainerKind.Sdca ? ValidationResult.Error("a warm start needs --trainer lbfgs or perceptron")
            : EffectiveWarmStart is not null && !File.Exists(EffectiveWarmStart) ? ValidationResult.Error($"model to start from not found: {EffectiveWarmStart}")
            : Rehearse.Length > 0 && EffectiveWarmStart is null ? ValidationResult.Error("--rehearse needs a model to refine (--corrections, --cluener or --warm-start): the articles are labelled by it")
            : Rehearse.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing ? ValidationResult.Error($"--rehearse: not found: {missing}")
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
        try
        {
            var warmStart = settings.EffectiveWarmStart is { } start ? TaggerModel.Load(start, "--warm-start") : null;
            double correctionsWeight = settings.CorrectionsWeightFor(warmStart);
            var train = settings.Msra.Select(p => new CorpusFile(p, CorpusFormat.MsraBio))
                .Concat(settings.Pku.Select(p => new CorpusFile(p, CorpusFormat.PeoplesDaily, settings.PkuWeight, SecondPassWeight: settings.SecondPassPkuWeight)))
                // Imported annotations count as corrections: the new domain, weighted like them.
                .Concat(settings.ClueNer.Select(p => new CorpusFile(p, CorpusFormat.ClueNer, correctionsWeight, settings.ClueNerLimit, settings.SecondPassClueNerWeight)))
                .ToList();
            // Corrections are checked before anything is trained: every problem is listed and nothing is written.
            var corrections = ReadCorrections(settings.Corrections, correctionsWeight);
            var dev = settings.Dev.Select(p => CorpusFile.Detect(p)).ToList();
            var options = new TaggerTrainingOptions(settings.TrainerFor(warmStart), settings.IterationsFor(warmStart), settings.EffectiveL2, settings.L1, settings.Tolerance, settings.Threads,
                OutsideBias: settings.OutsideBias ?? warmStart?.OutsideBias ?? 0)
            {
                Features = new TaggerFeatureOptions(settings.HashBits, !settings.NoWords, !settings.NoPos, !settings.NoSuffixes, !settings.NoCharClass,
                    !settings.NoLexicon, settings.LexiconMinCount, settings.Trigrams, settings.NeighbourWords, settings.PosSource, settings.SecondPass, settings.LongNames, settings.PersonCues, settings.ShortForms, settings.CorpusFeatures),
                StackingFolds = settings.StackingFolds,
            };
            var command = "entitypipeline " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
            TaggerTrainingRun.Run(train, dev, options, settings.Out, command,
                line => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.UtcNow - started:hh\\:mm\\:ss}[/] {line}"),
                settings.MaxSentences, corrections, warmStart is null ? null : (settings.EffectiveWarmStart!, warmStart), settings.Rehearse);
            return 0;
        }
        catch (CorrectionsException e)
        {
            return Failure.Report(e, "No model was trained or written. Fix the rows above and train again.");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            return Failure.Report(e, "No model was written.");
        }
    }
}
