using EntityPipeline.Cli.Commands;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli;

/// <summary>The command-line application: its commands and their help.</summary>
public static class CliApp
{
    public static int Run(string[] args, CancellationToken cancel = default)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("entitypipeline");
            config.AddCommand<RunCommand>("run")
                .WithDescription("Extract people, organizations, places and numeric figures from every *.txt under a folder into CSV tables.")
                .WithExample("run", "samples", "--out", "output");
        });
        return app.Run(args, cancel);
    }
}
