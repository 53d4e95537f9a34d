using EntityPipeline.Cli.Commands;
using EntityPipeline.Cli.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli;

/// <summary>The command-line application: its commands and their help.</summary>
public static class CliApp
{
    private static readonly string[] Commands = ["run", "train", "evaluate", "evaluate-figures", "bench", "simulate-corrections"];

    public static int Run(string[] args, CancellationToken cancel = default)
    {
        // `run` loads jieba's dictionaries on a second core beside its model; they start while Spectre.Console.Cli builds and parses
        // the command line (0.1 s on one core).
        if (args is ["run", ..]) _ = Segmentation.JiebaResources.BeginLoading();
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("entitypipeline");
            config.UseStrictParsing(); // without it an unknown or misspelt option is silently ignored
            // Every error, Spectre's parse and validation errors included (it would exit -1, i.e. 255), is reported one way
            // with the exit code of the contract.
            config.SetInterceptor(new MissingOptionValue());
            config.SetExceptionHandler((e, _) => Failure.Report(e, e is CommandAppException ? HelpHint(args) : null));
            config.AddCommand<RunCommand>("run")
                .WithDescription("Extract people, organizations, places and numeric figures from every *.txt under a folder (or from one .txt file) into CSV tables.")
                .WithExample("run", "samples", "--out", "output");
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Refine the tagger on your corrections (or train one from a recipe); writes the model and its model card.")
                .WithExample("train", "--corrections", "output", "--out", "models/mine.zip")
                .WithExample("train", "--corrections", "output", "--rehearse", "more-articles", "--dev", "my-dev.bio", "--out", "models/mine.zip")
                .WithExample("train", "--corrections", "round2", "--base-model", "models/mine.zip", "--out", "models/mine-2.zip")
                .WithExample("train", "--recipe", "models/msra-pd.recipe.json", "--out", "models/rebuilt.zip");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Precision, recall and F1 of the tagger per type on an annotated corpus or a gold table.");
            config.AddCommand<EvaluateFiguresCommand>("evaluate-figures")
                .WithDescription("Score the figures stage against a gold figures table.");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Measure throughput per stage and end to end on a generated corpus, or peak memory at growing sizes.")
                .WithExample("bench", "--size", "10MB")
                .WithExample("bench", "--memory", "10MB,100MB,1GB")
                .WithExample("bench", "--realistic", "--shared", "../shared");
            config.AddCommand<BenchCutCommand>("bench-cut").IsHidden();
            config.AddCommand<SimulateCorrectionsCommand>("simulate-corrections")
                .WithDescription("For measuring the correction loop: a corpus slice as a user's corrected run, and plain articles to rehearse.")
                .WithExample("simulate-corrections", "--corpus", "../shared/corpora/resume_ner/train.char.bmes", "--sentences", "200", "--rehearse", "1000", "--out", "/tmp/resume-200");
        });
        return app.Run(args, cancel);
    }

    private static string HelpHint(string[] args) =>
        args.FirstOrDefault() is { } command && Commands.Contains(command)
            ? $"See `entitypipeline {command} --help` for its arguments and options."
            : $"The commands are {string.Join(", ", Commands)}; see `entitypipeline --help`.";
}
