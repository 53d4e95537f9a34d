using System.ComponentModel;
using System.Globalization;
using EntityPipeline.Cli.Console;
using EntityPipeline.Figures.Evaluation;
using EntityPipeline.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>
/// evaluate-figures --gold FILE (--docs FOLDER | --shared FOLDER) [--model FILE | --tagger dictionary] [--errors FILE]:
/// runs the pipeline `run` builds from the same options (sentences, jieba, the tagger, figures) on the documents of a
/// gold figures table, and prints detection P/R/F1, per-field accuracy on matched figures, and the figures stage's speed.
/// With --docs the table's doc_id is a file in the folder; with --shared its rows name corpus documents there
/// (<see cref="CorpusFigureGold"/>: the dev gold, gold/figures-dev/figures.tsv).
/// </summary>
internal sealed class EvaluateFiguresCommand : Command<EvaluateFiguresCommand.Settings>
{
    public sealed class Settings : TaggerSettings
    {
        [CommandOption("--gold <FILE>")]
        [Description("Gold figures table (TSV: doc_id, start, end, kind, text, value, unit, qualifier, metric, subject, period).")]
        public string? Gold { get; init; }

        [CommandOption("--docs <FOLDER>")]
        [Description("Folder of the documents the gold table names (doc_id is the path inside it).")]
        public string? Docs { get; init; }

        [CommandOption("--shared <FOLDER>")]
        [Description("Instead of --docs: the shared folder whose corpora hold the documents the gold table names (its source and doc_id columns), e.g. ../shared for gold/figures-dev/figures.tsv.")]
        public string? Shared { get; init; }

        [CommandOption("--errors <FILE>")]
        [Description("Write every miss, false alarm and wrong field to this file (TSV), and each metric, subject or period right only by containment (as metric wording …).")]
        public string? Errors { get; init; }

        [CommandOption("--speed-seconds <SECONDS>")]
        [Description("How long to time the figures stage alone over the documents (0 to skip). Default 2.")]
        public double SpeedSeconds { get; init; } = 2;

        [CommandOption("--speed-docs <FOLDER>")]
        [Description("Time the figures stage over the .txt files of this folder instead of the gold table's documents.")]
        public string? SpeedDocs { get; init; }

        public override ValidationResult Validate()
        {
            if (Gold is null) return ValidationResult.Error("--gold FILE is missing: give the gold figures table (TSV) to score against");
            if (Docs is null && Shared is null) return ValidationResult.Error("--docs FOLDER (or --shared FOLDER for a corpus gold) is missing: give the folder of the documents the gold table names");
            if (Docs is not null && Shared is not null) return ValidationResult.Error("give --docs or --shared, not both");
            if (SpeedSeconds < 0) return ValidationResult.Error("--speed-seconds must be 0 or more");
            var missing = InputPaths.MissingFile("--gold", Gold) ?? InputPaths.MissingFolder("--docs", Docs) ?? InputPaths.MissingFolder("--shared", Shared)
                ?? InputPaths.MissingFolder("--speed-docs", SpeedDocs);
            return missing is null ? base.Validate() : ValidationResult.Error(missing);
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Errors is { } errorsFile) OutputFolder.PrepareForFile(errorsFile, "--errors");
        var pipeline = settings.CreatePipeline();
        var corpusDocuments = settings.Shared is { } shared ? CorpusFigureGold.Load(settings.Gold!, shared) : null;
        var result = corpusDocuments is null ? FigureEvaluation.Run(pipeline, settings.Gold!, settings.Docs!) : FigureEvaluation.Run(pipeline, corpusDocuments);
        var s = result.Scores;

        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("score").RightAligned()).AddColumn(new TableColumn("count").RightAligned())
            .AddColumn(new TableColumn("exactly").RightAligned());
        table.AddRow("detection precision", F(s.Precision), $"{s.Matched}/{s.Predicted}", "");
        table.AddRow("detection recall", F(s.Recall), $"{s.Matched}/{s.Gold}", "");
        table.AddRow("detection F1", F(s.F1), "", "");
        foreach (var field in s.Fields)
            table.AddRow($"{field.Field} accuracy", F(field.Accuracy), $"{field.Correct}/{field.Total}",
                field.ExactAccuracy is { } exact ? $"{F(exact)} ({field.Exact}/{field.Total})" : "");
        AnsiConsole.Write(table);

        if (settings.SpeedSeconds > 0)
        {
            var texts = settings.SpeedDocs is null && corpusDocuments is not null ? corpusDocuments.Select(d => d.Text).ToList()
                : Directory.EnumerateFiles(settings.SpeedDocs ?? settings.Docs!, "*.txt", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal).Select(p => TextDecoder.Decode(File.ReadAllBytes(p)).Text).ToList();
            double speed = FigureEvaluation.MeasureSpeed(pipeline, texts, TimeSpan.FromSeconds(settings.SpeedSeconds));
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"figures stage alone (after the tagger): {speed:N0} chars/s ({texts.Count} docs, {texts.Sum(t => t.Length)} chars, {settings.SpeedSeconds} s)")));
        }

        if (settings.Errors is { } errors)
        {
            File.WriteAllLines(errors, ["doc_id\tstart\tend\tproblem\ttext\tdetail", .. s.Errors]);
            AnsiConsole.MarkupLine(Markup.Escape($"{s.Errors.Count} problem(s) written to {errors}"));
        }
        return 0;
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
