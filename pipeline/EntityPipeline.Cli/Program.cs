using EntityPipeline.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("entitypipeline");
    config.UseStrictParsing(); // without it an unknown or misspelt option is silently ignored
    config.AddCommand<TrainCommand>("train");
    config.AddCommand<EvaluateCommand>("evaluate");
});
return app.Run(args);
