using EntityPipeline.Cli;

// Ctrl+C asks the running command to stop; a second Ctrl+C ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    cancel.Cancel();
};
return CliApp.Run(args, cancel.Token);
