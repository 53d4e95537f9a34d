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
    [Fact]
    public async Task Interrupting_the_process_stops_it_within_two_seconds_and_says_what_was_completed()
    {
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
        // Wait until the run is writing documents' rows, then interrupt it. Its temporary tables exist from the start, while
        // jieba's dictionaries load; a signal then is seen once they have loaded, which on a loaded machine took over 5 s.
        var waited = Stopwatch.StartNew();
        while (output.Files("*.tmp").Sum(f => new FileInfo(output.File(f)).Length) < 256 * 1024 && !process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
            Thread.Sleep(50);

        if (process.HasExited) Assert.Fail("the run finished before it could be interrupted: " + await stderr);
        var clock = Stopwatch.StartNew();
        Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit(); // what Ctrl+C sends
        var exited = process.WaitForExit(TimeSpan.FromSeconds(5));
        clock.Stop();

        Assert.True(exited, "still running 5 s after Ctrl+C");
        // "a second or two" on an idle machine; the bound leaves room for a loaded 2-core CI machine
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 4);
        Assert.True(130 == process.ExitCode, $"exit {process.ExitCode}: {await stdout}");
        Assert.Contains("cancelled after", await stdout);
        Assert.Empty(output.Files());
    }
}
