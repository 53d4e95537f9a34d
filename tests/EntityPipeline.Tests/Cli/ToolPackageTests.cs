using System.Diagnostics;
using System.IO.Compression;
using EntityPipeline.Input;
using EntityPipeline.Output;

namespace EntityPipeline.Tests.Cli;

/// <summary>
/// The CLI as a user installs it (README, Install): `dotnet pack`, `dotnet tool install` from the package folder, then the
/// command `entitypipeline` runs the samples with the shipped model, which the package carries.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_as_entitypipeline_and_runs_the_samples_with_the_shipped_model()
    {
        using var work = new TempFolder();
        var project = Path.Combine(SharedData.RepoRoot, "pipeline", "EntityPipeline.Cli");
        Dotnet("pack", project, "-c", "Release", "-o", work.File("nupkg"));

        var package = Directory.GetFiles(work.File("nupkg"), "EntityPipeline.Cli.*.nupkg").Single();
        using (var zip = ZipFile.OpenRead(package))
        {
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/models/msra-pd.zip", StringComparison.Ordinal));
            using var settings = new StreamReader(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
            Assert.Contains("<Command Name=\"entitypipeline\"", settings.ReadToEnd());
        }

        // --ignore-failed-sources: the package folder is enough, also on a machine that cannot reach nuget.org.
        Dotnet("tool", "install", "--tool-path", work.File("tools"), "--add-source", work.File("nupkg"), "--ignore-failed-sources", "EntityPipeline.Cli");
        var run = Process.Start(new ProcessStartInfo(work.File("tools/entitypipeline"), ["run", Path.Combine(SharedData.RepoRoot, "samples"), "--out", work.File("out")])
        {
            RedirectStandardOutput = true,
        })!;
        run.StandardOutput.ReadToEnd();
        run.WaitForExit();

        Assert.Equal(0, run.ExitCode);
        var entities = CsvTable.Read(work.File("out/" + TableNames.Entities));
        Assert.Contains(entities.Rows, r => r.Get(entities.IndexOf("text")) == "李建国" && r.Get(entities.IndexOf("source")) == "model");
    }

    private static void Dotnet(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited {process.ExitCode}: {output.Result}{error}");
    }
}
