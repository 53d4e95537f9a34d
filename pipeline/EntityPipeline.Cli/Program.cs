using EntityPipeline.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("entitypipeline");
    config.AddCommand<EvaluateFiguresCommand>("evaluate-figures")
        .WithDescription("Score the figures stage against a gold figures table.");
});
return app.Run(args);
