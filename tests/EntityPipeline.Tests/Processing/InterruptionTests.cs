using System.Diagnostics;
using System.Text;

namespace EntityPipeline.Tests.Processing;

/// <summary>
/// Ctrl+C on a running <c>run</c>: it stops within seconds, says what it completed and leaves no partial tables. It times a real process, so it runs
/// alone (<see cref="RunsAlone"/>): on a 2-core machine the tests that train models beside it would stretch what it measures.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class InterruptionTests
{
    [SkippableFact]
    public async Task Interrupting_the_process_stops_it_within_two_seconds_and_says_what_was_completed()
    {
        // Once documents' rows are being written (256 KB in the temporary tables).
        var (stdout, output) = await Interrupt(tables => tables.Files("*.tmp").Sum(f => SizeOf(tables.File(f))) >= 256 * 1024);

        Assert.Contains("cancelled after", stdout);
        Assert.Empty(output);
    }

    [SkippableFact]
    public async Task Interrupting_it_while_it_starts_stops_it_at_once_too()
    {
        // As soon as the temporary tables exist: they are set up while jieba's dictionaries load, which on a loaded machine takes
        // seconds; the run must not wait for them to finish.
        var (stdout, output) = await Interrupt(tables => tables.Files("*.tmp").Length > 0);

        Assert.Contains("cancelled after", stdout);
        Assert.Empty(output);
    }

    /// <summary>Starts a run over 400 articles, sends SIGINT once <paramref name="ready"/> holds of its output folder, and checks it exits within 4 s with code 130.</summary>
    private static async Task<(string Stdout, string[] Output)> Interrupt(Func<TempFolder, bool> ready)
    {
        Skip.If(SigIntIgnored(), "SIGINT is ignored by this process (started as a background job), so by the run it starts, as the shell intends: Ctrl+C cannot be tested");
        using var input = new TempFolder();
        for (int i = 0; i < 400; i++) input.Write($"{i:D3}.txt", Encoding.UTF8.GetBytes(TestText.Repeat(20_000)));
        using var output = new TempFolder();
        var cli = Path.Combine(AppContext.BaseDirectory, "EntityPipeline.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "run", input.Path, "--out", output.Path, "--tagger", "dictionary", "--workers", "1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var waited = Stopwatch.StartNew();
        while (!ready(output) && !process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
            Thread.Sleep(20);

        if (process.HasExited) Assert.Fail("the run finished before it could be interrupted: " + await stderr);
        var clock = Stopwatch.StartNew();
        Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit(); // what Ctrl+C sends
        var exited = process.WaitForExit(TimeSpan.FromSeconds(5));
        clock.Stop();
        if (!exited) process.Kill();

        Assert.True(exited, "still running 5 s after Ctrl+C");
        // "a second or two" on an idle machine; the bound leaves room for a loaded 2-core CI machine
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 4);
        Assert.True(130 == process.ExitCode, $"exit {process.ExitCode}: {await stdout}");
        return (await stdout, output.Files());
    }

    /// <summary>The size of a file, 0 once it is gone: the run's check that the folder is writable creates and deletes a *.tmp of its own.</summary>
    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (FileNotFoundException) { return 0; }
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status): a child inherits that, and .NET keeps it.</summary>
    private static bool SigIntIgnored()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path)) return false;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("SigIgn:"));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }
}
