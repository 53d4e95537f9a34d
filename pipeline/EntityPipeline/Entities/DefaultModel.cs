namespace EntityPipeline.Entities;

/// <summary>
/// The shipped tagger model: models/msra-pd.zip of the repository, which the build copies next to the
/// program, so `run` finds it from any working folder.
/// </summary>
public static class DefaultModel
{
    public const string FileName = "msra-pd.zip";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "models", FileName);

    /// <summary>The default model's path, or a clear error when this build has none.</summary>
    public static string Require() => File.Exists(Path) ? Path
        : throw new FileNotFoundException($"the default tagger model is missing ({Path}): rebuild the program, or name a model file", Path);
}
