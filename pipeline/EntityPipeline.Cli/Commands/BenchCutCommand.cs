using System.ComponentModel;
using EntityPipeline.Cli.Console;
using EntityPipeline.Input;
using EntityPipeline.Segmentation;
using JiebaNet.Segmenter;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Commands;

/// <summary>
/// `bench-cut FOLDER` (hidden): the baseline of `bench --realistic`, a whole process that loads jieba.NET's dictionary and
/// cuts every *.txt of a folder with its plain Cut, HMM on, nothing else; it prints its peak working set as `run` does.
/// </summary>
internal sealed class BenchCutCommand : Command<BenchCutCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<input>")]
        [Description("A folder of .txt articles, or one .txt file.")]
        public string Input { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Only jieba's own load (its word dictionary and HMM tables on first Cut), not the pipeline's checks and POS tables.
        ConfigManager.ConfigFileBaseDir = JiebaResources.DefaultDirectory;
        var segmenter = new JiebaSegmenter();
        long chars = 0, words = 0;
        foreach (var file in DocumentSource.List(settings.Input))
        {
            var text = File.ReadAllText(file.FullPath);
            chars += text.Length;
            words += segmenter.Cut(text, false, true).Count();
        }
        AnsiConsole.WriteLine($"cut: {chars:N0} chars into {words:N0} words");
        foreach (var line in ProcessUsage.Lines()) AnsiConsole.WriteLine(line);
        return ExitCodes.Ok;
    }
}
