namespace EntityPipeline.Cli.Console;

/// <summary>Validation of the files and folders named on a command line: the first one missing, as a message that names it.</summary>
internal static class InputPaths
{
    public static string? MissingFile(string option, params IEnumerable<string?> paths) =>
        paths.OfType<string>().FirstOrDefault(p => !File.Exists(p)) is not { } missing ? null
        : Directory.Exists(missing) ? $"{option} {missing} is a folder; pass a file"
        : missing.Length == 0 ? $"{option} needs a file"
        : $"{option}: file not found: {missing}; check the path";

    public static string? MissingFolder(string option, string? path) =>
        path is null || Directory.Exists(path) ? null
        : File.Exists(path) ? $"{option} {path} is a file; pass a folder"
        : path.Length == 0 ? $"{option} needs a folder"
        : $"{option}: folder not found: {path}; check the path";
}
