using EntityPipeline.Cli.Commands;
using Spectre.Console.Cli;

namespace EntityPipeline.Cli.Console;

/// <summary>
/// The one way a command reports what went wrong: "error: " and the message on standard error, and the exit code of the
/// contract (README): 2 when the command line is wrong, 130 when interrupted, else 1 (the inputs were read but the work failed).
/// </summary>
internal static class Failure
{
    public const string Prefix = "error: ";

    /// <summary>Prints <paramref name="message"/> as an error (each line of a multi-line message is kept as written).</summary>
    public static void Print(string message) => System.Console.Error.WriteLine(Prefix + message);

    /// <summary>Prints what <paramref name="e"/> says, and <paramref name="then"/> (what the user should do or know) after it; returns its exit code.</summary>
    public static int Report(Exception e, string? then = null)
    {
        Print(e switch
        {
            // Validation or conversion of the value Spectre binds to an option given without one (see MissingOptionValue).
            CommandAppException when e.Message.Contains(MissingOptionValue.Sentinel) => "an option was given without its value",
            FileNotFoundException { FileName: { } file } when !e.Message.Contains(file) => $"{e.Message} ({file})",
            _ => e.Message,
        });
        if (then is not null) System.Console.Error.WriteLine(then);
        return ExitCodeOf(e);
    }

    public static int ExitCodeOf(Exception e) => e switch
    {
        UsageException or CommandAppException => ExitCodes.BadUsage,
        // A file or folder that cannot be found or opened is, in this program, one named on the command line.
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException => ExitCodes.BadUsage,
        OperationCanceledException => ExitCodes.Cancelled,
        _ => ExitCodes.SomeDocumentsFailed,
    };
}
