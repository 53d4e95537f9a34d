namespace EntityPipeline.Entities;

/// <summary>
/// Which model files are shipped ones, that training must not replace unasked: a model under a <c>models/</c> folder with its
/// recipe beside it (models/msra-pd.zip and models/msra-pd.recipe.json), or the default model copied next to the program.
/// </summary>
public static class ShippedModel
{
    public static string RecipePath(string modelPath) => Path.ChangeExtension(modelPath, ".recipe.json");

    public static bool Is(string modelPath)
    {
        var full = Path.GetFullPath(modelPath);
        if (string.Equals(full, Path.GetFullPath(DefaultModel.Path), StringComparison.Ordinal)) return true;
        return Path.GetFileName(Path.GetDirectoryName(full)) == "models" && File.Exists(RecipePath(full));
    }
}
