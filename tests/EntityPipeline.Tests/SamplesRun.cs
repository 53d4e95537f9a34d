using EntityPipeline.Cli;

namespace EntityPipeline.Tests;

/// <summary>
/// `run` on the project's samples/ with the shipped model, as the README shows it, done once per test process for the
/// tests that read its tables (the README command, the golden tables, the evaluations' agreement with run). Read only;
/// the folder is deleted when the process exits.
/// </summary>
internal static class SamplesRun
{
    public static readonly string Samples = Path.Combine(SharedData.RepoRoot, "samples");

    private static readonly Lazy<string> Output = new(Run);

    /// <summary>The path of <paramref name="table"/> written by the run (which happens on first use).</summary>
    public static string File(string table) => Path.Combine(Output.Value, table);

    private static string Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ep-samples-" + Guid.NewGuid().ToString("N")[..12]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        int exit = CliApp.Run(["run", Samples, "--out", folder]);
        return exit == 0 ? folder : throw new InvalidOperationException($"run on {Samples} exited with {exit}");
    }
}
