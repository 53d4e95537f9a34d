namespace EntityPipeline.Tests;

/// <summary>
/// Finds the team's shared material (`../shared` beside the checkout: corpora, gold annotations).
/// Tests that need it call <see cref="Require"/>, which skips the test when it is absent, as on a
/// fresh clone. ENTITYPIPELINE_SHARED overrides the location.
/// </summary>
internal static class SharedData
{
    public static readonly string RepoRoot = FindRepoRoot();

    public static string? Root
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("ENTITYPIPELINE_SHARED");
            var dir = string.IsNullOrEmpty(fromEnv) ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared")) : fromEnv;
            return Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>The full path of <paramref name="relative"/> under shared/, or skips the test when it is not there.</summary>
    public static string Require(string relative)
    {
        var root = Root;
        Skip.If(root is null, "../shared is not present (fresh clone): test skipped");
        var path = Path.Combine(root!, relative);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"{path} is not present: test skipped");
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EntityPipeline.sln")))
                return dir.FullName;
        throw new InvalidOperationException("EntityPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
