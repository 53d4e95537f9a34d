using EntityPipeline.Cli.Commands;
using EntityPipeline.Output;

namespace EntityPipeline.Cli.Console;

/// <summary>
/// Checks the output folder before any work starts: it must be a folder that can be created and written, and it must
/// not hold files a run would replace that are not as a run left them (a user's corrections: <see cref="OutputFolderCheck"/>).
/// </summary>
internal static class OutputFolder
{
    /// <summary>Refuses, without touching anything, a folder that is a file or holds files a run would replace.</summary>
    /// <exception cref="UsageException">The folder cannot be used; the message says why and what to do.</exception>
    public static void Check(string folder)
    {
        if (File.Exists(folder))
            throw new UsageException($"--out {folder} is a file; pass a folder for the tables (it is created if missing)");
        if (OutputFolderCheck.ChangedFiles(folder) is { Count: > 0 } changed)
            throw new UsageException(
                $"{folder} holds files this run would replace:{Environment.NewLine}" +
                string.Concat(changed.Select(f => $"  {f.Name}: {f.Reason}{Environment.NewLine}")) +
                $"They may be your corrections, so nothing was written. Write this run to a new folder (--out {FreeSibling(folder)}), or move those files away.");
    }

    /// <summary>Creates the folder and checks that it can be written.</summary>
    /// <exception cref="UsageException">It cannot.</exception>
    public static void Prepare(string folder) => CheckWritable(folder, "--out");

    /// <summary>Checks, before any work, that the file an option names can be written: not a folder, in a folder that can be.</summary>
    /// <exception cref="UsageException">It cannot.</exception>
    public static void PrepareForFile(string file, string option)
    {
        if (Directory.Exists(file))
            throw new UsageException($"{option} {file} is a folder; pass a file name");
        CheckWritable(Path.GetDirectoryName(Path.GetFullPath(file))!, option);
    }

    private static void CheckWritable(string folder, string option)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-test.{Environment.ProcessId}.tmp");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option}: {folder} cannot be written ({e.Message.TrimEnd('.')}); pass a place you can write to");
        }
    }

    /// <summary>A folder beside <paramref name="folder"/> that does not exist yet: output-2, output-3 ...</summary>
    private static string FreeSibling(string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        for (int n = 2; ; n++)
        {
            var candidate = $"{trimmed}-{n}";
            if (!Path.Exists(candidate)) return candidate;
        }
    }
}
