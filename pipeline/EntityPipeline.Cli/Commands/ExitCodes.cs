namespace EntityPipeline.Cli.Commands;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeDocumentsFailed = 1;
    public const int BadUsage = 2;
    public const int Cancelled = 130;
}
