namespace EntityPipeline.Cli.Console;

/// <summary>Checks, before any work starts, that the output folder can be created and written.</summary>
internal static class OutputFolder
{
    /// <summary>Null when the folder is writable, else what is wrong.</summary>
    public static string? CheckWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-test.{Environment.ProcessId}.tmp");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"output folder '{folder}' cannot be written: {e.Message}";
        }
    }
}
