using System.Diagnostics;

namespace EntityPipeline.Tests.Cli;

/// <summary>The built program run as a user runs it, in its own process: its exit code and what it printed.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "EntityPipeline.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            Assert.Fail($"entitypipeline {string.Join(' ', args)} still running after 2 minutes");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
