namespace EntityPipeline.Cli.Commands;

/// <summary>The process exit codes, the same for every command (README, "Exit codes").</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The inputs were read but some documents, or the work, failed (bad rows in a corrections file: nothing written).</summary>
    public const int SomeDocumentsFailed = 1;
    /// <summary>The command line is wrong: an unknown option, a bad value, a missing argument, a missing, unreadable or wrong kind of file.</summary>
    public const int BadUsage = 2;
    public const int Cancelled = 130;
}
