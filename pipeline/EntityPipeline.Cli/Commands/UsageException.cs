namespace EntityPipeline.Cli.Commands;

/// <summary>
/// The command line is wrong (exit 2): a path on it that is missing, unreadable, unwritable or of the wrong kind, or a value
/// that cannot work. The message names the path or option and says what to do.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
