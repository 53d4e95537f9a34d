using System.ComponentModel;
using EntityPipeline.Cli.Console;
using EntityPipeline.Entities;
using EntityPipeline.Entities.Rules;
using EntityPipeline.Entities.Tagging;
using EntityPipeline.Evaluation;
using EntityPipeline.Processing;
using EntityPipeline.Training.Corpora;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

[Description("Score a tagger model: P/R/F1 per type and micro (exact span and type) on an annotated corpus or a gold table, through the stages `run` uses (corpus sentences are joined into documents and split, segmented and tagged like an article).")]
internal sealed class EvaluateCommand : Command<EvaluateCommand.Settings>
{
    /// <summary>The value of --tagger and --compare that names jieba's POS tags as the tagger (<see cref="DictionaryEntityStage"/>).</summary>
    private const string DictionaryBaseline = "dictionary";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--model <FILE>"), Description("Tagger model. Default: the shipped models/msra-pd.zip, as `run` uses it")]
        public string? Model { get; init; }

        [CommandOption("--msra <FILE>"), Description("MSRA BIO file to score on. Repeatable.")]
        public string[] Msra { get; init; } = [];

        [CommandOption("--pku <FILE>"), Description("People's Daily PKU file to score on. Repeatable.")]
        public string[] Pku { get; init; } = [];

        [CommandOption("--cluener <FILE>"), Description("CLUENER2020 JSON file to score on (types mapped to PER/LOC/ORG). Repeatable.")]
        public string[] ClueNer { get; init; } = [];

        [CommandOption("--weibo <FILE>"), Description("Weibo NER file (character, position digit, tab, BIO tag) to score on: named mentions as PER/LOC/ORG. Repeatable.")]
        public string[] Weibo { get; init; } = [];

        [CommandOption("--resume <FILE>"), Description("Resume NER file (character, space, BMES tag) to score on: NAME, ORG and LOC as PER/ORG/LOC. Repeatable.")]
        public string[] Resume { get; init; } = [];

        [CommandOption("--gold <FILE>"), Description("Gold entity table (doc_id, start, end, type, text; tab-separated). Needs --docs.")]
        public string? Gold { get; init; }

        [CommandOption("--docs <FOLDER>"), Description("Folder of the documents the gold table refers to; run through the full pipeline.")]
        public string? Docs { get; init; }

        [CommandOption("--outside-bias <X>"), Description("Decode with this O bias instead of the model's, a refined model's own weights included (to choose one on a dev set).")]
        public float? OutsideBias { get; init; }

        [CommandOption("--tagger <KIND>"), Description("'model' (default) or 'dictionary' to score the jieba POS baseline.")]
        public string Tagger { get; init; } = "model";

        [CommandOption("--no-consistency"), Description("Do not spread a document's tagged strings to their other occurrences, nor fill in the untagged items of mostly tagged 、-lists, nor make names cut short on the left whole from another mention.")]
        public bool NoConsistency { get; init; }

        [CommandOption("--document-size <N>"), Description("MSRA files, which do not mark documents, are read as documents of N consecutive sentences (People's Daily: by article; CLUENER: each record alone). Default: 20, as in training")]
        public int DocumentSize { get; init; } = CorpusDocuments.DefaultSize;

        [CommandOption("--first-pass-only"), Description("Of a two-pass model, decode with the first pass alone (what the second pass adds).")]
        public bool FirstPassOnly { get; init; }

        [CommandOption("--untaught"), Description("Tag the sentences a model was taught (its corrections, which it tags as corrected) by its weights too: what the weights learnt.")]
        public bool Untaught { get; init; }

        [CommandOption("--compare <MODEL>"), Description("Score this model too on the same data, and print the difference in micro F1 with its 95% paired bootstrap interval (is the change more than noise?). 'dictionary' compares with the jieba POS baseline.")]
        public string? Compare { get; init; }

        [CommandOption("--rules-off <LIST>"), Description("Decode without these rules on the labels (comma-separated: abbreviations, reduplication, facilities, division-chains, bodies, person-names, companies, directions, emoticons, brackets, departments, products, glosses, latin-lists, generic-bodies, known-companies, latin-names, or all).")]
        public string? RulesOff { get; init; }

        [CommandOption("--compare-rules-off <LIST>"), Description("Score the compared model (--compare, or else this model again) without these rules, and print the paired difference: what the rules add.")]
        public string? CompareRulesOff { get; init; }

        [CommandOption("--units <FILE>"), Description("Write each set's per-unit counts (documents or sentences: gold, predicted, correct) as CSV, to compare with an evaluation made by another build (--compare-units).")]
        public string? Units { get; init; }

        [CommandOption("--compare-units <FILE>"), Description("Per-unit counts another evaluation of the same data wrote (--units), e.g. of a model another build reads: print the paired difference in micro F1 against them.")]
        public string? CompareUnits { get; init; }

        [CommandOption("--errors <FILE>"), Description("CSV of missed, spurious and wrong-type spans. Default: output/evaluation_errors.csv")]
        public string Errors { get; init; } = Path.Combine("output", "evaluation_errors.csv");

        public override ValidationResult Validate()
        {
            bool corpus = Msra.Length + Pku.Length + ClueNer.Length + Weibo.Length + Resume.Length > 0, gold = Gold is not null || Docs is not null;
            if (corpus == gold) return ValidationResult.Error("give either --msra/--pku/--cluener/--weibo/--resume files, or --gold with --docs");
            if (gold && (Gold is null || Docs is null)) return ValidationResult.Error("--gold and --docs go together");
            if (Tagger is not ("model" or DictionaryBaseline)) return ValidationResult.Error($"--tagger must be 'model' or 'dictionary', not '{Tagger}'");
            if (DocumentSize < 1) return ValidationResult.Error("--document-size must be at least 1");
            if (Tagger == DictionaryBaseline && (Compare ?? CompareRulesOff) is not null) return ValidationResult.Error("--tagger dictionary is the baseline: compare a model with it by --compare dictionary");
            if (Compare == DictionaryBaseline && CompareRulesOff is not null) return ValidationResult.Error("--compare-rules-off turns off a model's rules; the dictionary baseline has none");
            foreach (var (option, list) in new[] { ("--rules-off", RulesOff), ("--compare-rules-off", CompareRulesOff) })
                if (list is not null && LabelRuleSet.Parse(list) is null)
                    return ValidationResult.Error($"{option}: '{list}' is not a list of rules; the rules are {LabelRuleSet.Names}");
            var missing = InputPaths.MissingFile("--msra", Msra) ?? InputPaths.MissingFile("--pku", Pku) ?? InputPaths.MissingFile("--cluener", ClueNer)
                ?? InputPaths.MissingFile("--weibo", Weibo) ?? InputPaths.MissingFile("--resume", Resume)
                ?? InputPaths.MissingFile("--gold", Gold) ?? InputPaths.MissingFolder("--docs", Docs) ?? InputPaths.MissingFile("--compare-units", CompareUnits);
            return missing is null ? ValidationResult.Success() : ValidationResult.Error(missing);
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputFolder.PrepareForFile(settings.Errors, "--errors");
        var tagger = settings.Tagger == DictionaryBaseline ? null : LoadTagger(settings.Model ?? DefaultModel.Require(), settings, "--model", settings.RulesOff);
        string? comparedPath = settings.Compare ?? (settings.CompareRulesOff is not null ? settings.Model ?? DefaultModel.Require() : null);
        // The compared tagger: null for the jieba POS baseline, as Score takes it.
        var compared = comparedPath is null or DictionaryBaseline ? null : LoadTagger(comparedPath, settings, "--compare", settings.CompareRulesOff);
        string? comparedName = comparedPath switch
        {
            null => null,
            DictionaryBaseline => "jieba's POS tags",
            _ => settings.CompareRulesOff is { } off ? $"{comparedPath} without {off}" : comparedPath,
        };
        try
        {
            var scored = Score(settings, tagger);
            foreach (var (_, title, evaluation, unit) in scored)
            {
                Print(title, evaluation.Report());
                var (low, high) = Bootstrap.F1Interval(evaluation.Units);
                AnsiConsole.MarkupLineInterpolated($"micro F1 95% interval {low:F4}–{high:F4} (bootstrap over {evaluation.Units.Count:N0} {unit})");
            }
            if (comparedName is { } compare)
            {
                // The same data through the other model; the paired interval resamples the same units for both.
                var other = Score(settings, compared);
                for (int i = 0; i < scored.Count; i++)
                {
                    PrintDifference($"{scored[i].Name}: micro F1", compare, scored[i].Evaluation.Units, other[i].Evaluation.Units);
                    if (scored[i].Evaluation.LatinUnits.Any(u => u.Gold > 0))
                        PrintDifference($"{scored[i].Name}: latin F1", compare, scored[i].Evaluation.LatinUnits, other[i].Evaluation.LatinUnits);
                }
            }
            if (settings.CompareUnits is { } unitsFile)
            {
                var other = UnitCountsTable.Read(unitsFile);
                foreach (var (name, _, evaluation, _) in scored)
                {
                    if (!other.TryGetValue(name, out var units) || units.Count != evaluation.Units.Count || units.Where((u, i) => u.Gold != evaluation.Units[i].Gold).Any())
                        throw new InvalidDataException($"{unitsFile}: its units of '{name}' are not this evaluation's ({(units is null ? "none" : $"{units.Count:N0} units")}, here {evaluation.Units.Count:N0}, or other gold counts): compare evaluations of the same data");
                    PrintDifference($"{name}: micro F1", unitsFile, evaluation.Units, units);
                }
            }
            if (settings.Units is { } unitsOut)
            {
                OutputFolder.PrepareForFile(unitsOut, "--units");
                UnitCountsTable.Write(unitsOut, scored.Select(s => (s.Name, (IReadOnlyList<UnitCounts>)s.Evaluation.Units)));
            }
            var errors = scored.SelectMany(s => s.Evaluation.Errors).ToList();
            ErrorTableWriter.Write(settings.Errors, errors);
            AnsiConsole.MarkupLineInterpolated($"{errors.Count:N0} errors written to {settings.Errors}");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            return Failure.Report(e);
        }
    }

    /// <summary>Both F1s of the same units and the paired bootstrap interval of their difference.</summary>
    private static void PrintDifference(string what, string compare, IReadOnlyList<UnitCounts> a, IReadOnlyList<UnitCounts> b)
    {
        var (low, high) = Bootstrap.DifferenceInterval(a, b);
        AnsiConsole.MarkupLineInterpolated(
            $"{what} {Bootstrap.F1(a):F4}, {compare} {Bootstrap.F1(b):F4}; difference {Signed(Bootstrap.F1(a) - Bootstrap.F1(b))}, 95% paired interval {Signed(low)} to {Signed(high)}");
    }

    /// <summary>A difference in F1 with its sign; one that rounds to zero is 0.0000 (the format's zero section), not -0.0000.</summary>
    private static string Signed(double difference) => difference.ToString("+0.0000;-0.0000;0.0000");

    private static EntityTagger LoadTagger(string path, Settings settings, string option, string? rulesOff)
    {
        var loaded = TaggerModel.Load(path, option);
        if (rulesOff is not null) loaded = loaded.WithoutRules(LabelRuleSet.Parse(rulesOff)!.Value);
        if (settings.FirstPassOnly) loaded = loaded.FirstPassOnly();
        if (settings.Untaught) loaded = loaded.WithTaught(TaughtSentences.None);
        return settings.OutsideBias is { } bias ? loaded.WithOutsideBias(bias) : loaded;
    }

    /// <summary>
    /// Each evaluation set of the settings scored with <paramref name="tagger"/> (null: the jieba dictionary baseline), named and titled,
    /// with the bootstrap's unit: sentences for a gold table (it may hold one long article), documents for a corpus.
    /// </summary>
    private static List<(string Name, string Title, SpanEvaluation Evaluation, string Unit)> Score(Settings settings, EntityTagger? tagger)
    {
        var scored = new List<(string, string, SpanEvaluation, string)>();
        // The pipeline `run` builds for this tagger; without the figures stage, which does not change the mentions.
        var pipeline = tagger is null
            ? PipelineFactory.Create(new PipelineOptions { Tagger = TaggerKind.Dictionary, Figures = false })
            : PipelineFactory.Create(new PipelineOptions { Figures = false, DocumentConsistency = !settings.NoConsistency }, tagger);
        if (settings.Gold is not null)
        {
            var (evaluation, documents, chars, elapsed) = GoldEvaluator.Evaluate(pipeline, settings.Gold, settings.Docs!);
            scored.Add((settings.Gold, $"{settings.Gold} ({documents} documents, {chars:N0} chars, pipeline {chars / elapsed.TotalSeconds:N0} chars/s after loading)", evaluation, "sentences"));
        }
        var files = settings.Msra.Select(p => new CorpusFile(p, CorpusFormat.MsraBio))
            .Concat(settings.Pku.Select(p => new CorpusFile(p, CorpusFormat.PeoplesDaily)))
            .Concat(settings.ClueNer.Select(p => new CorpusFile(p, CorpusFormat.ClueNer)))
            .Concat(settings.Weibo.Select(p => new CorpusFile(p, CorpusFormat.WeiboNer)))
            .Concat(settings.Resume.Select(p => new CorpusFile(p, CorpusFormat.ResumeNer)));
        foreach (var file in files)
        {
            var (evaluation, speed) = CorpusEvaluator.Evaluate(pipeline, file.Read(), Path.GetFileName(file.Path), settings.DocumentSize);
            scored.Add((Path.GetFileName(file.Path), $"{file} (tagging {speed.CharsPerSecond:N0} chars/s on one thread, {speed.Characters:N0} chars in {speed.Elapsed.TotalSeconds:F2} s, jieba excluded)", evaluation, "documents"));
        }
        return scored;
    }

    private static void Print(string title, EvaluationReport report)
    {
        var table = new Table().Title(title).AddColumns("type", "gold", "predicted", "correct", "P", "R", "F1");
        var rows = report.PerType.Append(report.Micro).ToList();
        if (report.Latin is { Gold: > 0 } or { Predicted: > 0 })
        {
            table.Caption("latin: the mentions with a Latin letter in them (Google, ESPN卫视), a part of micro");
            rows.Add(report.Latin);
        }
        foreach (var s in rows)
            table.AddRow(s.Type, s.Gold.ToString(), s.Predicted.ToString(), s.Correct.ToString(), $"{s.Precision:F4}", $"{s.Recall:F4}", $"{s.F1:F4}");
        AnsiConsole.Write(table);
    }
}
