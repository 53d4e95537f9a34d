using EntityPipeline.Entities.Tagging;

namespace EntityPipeline.Cli.Commands;

/// <summary>
/// Loads a tagger model named on the command line. Whatever the model format and however its loader fails (a zip that is
/// not one, an entry missing, a format of another version), a file that does not load is refused as not a model: exit 2.
/// </summary>
internal static class TaggerModel
{
    public static EntityTagger Load(string path, string option = "--model")
    {
        if (Directory.Exists(path))
            throw new UsageException($"{option} {path} is a folder; pass a model file (.zip) written by `train`");
        if (!File.Exists(path))
            throw new UsageException($"{option}: model not found: {path}; check the path, or pass a model file (.zip) written by `train`");
        try
        {
            return EntityTagger.Load(path);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or UnauthorizedAccessException))
        {
            throw new UsageException($"{path} is not an EntityPipeline model ({e.Message.TrimEnd('.')}); pass a model written by `train`");
        }
    }
}
