using System.Runtime.InteropServices;
using EntityPipeline.Cli;

// Ctrl+C (SIGINT) or a polite kill (SIGTERM) asks the running command to stop: it finishes nothing
// half-way and writes no partial table. A second signal ends the process at once.
using var cancel = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    if (cancel.IsCancellationRequested) return;
    context.Cancel = true;
    cancel.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return CliApp.Run(args, cancel.Token);
