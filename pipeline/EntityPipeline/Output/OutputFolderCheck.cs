namespace EntityPipeline.Output;

/// <summary>
/// Which files of an output folder a new run would replace although they are not as a run left them: a file listed in
/// run.json whose SHA-256 differs (the user edited it: corrections, perhaps), or a table beside no manifest, or one
/// the manifest does not list. A folder where this finds nothing can be written over.
/// </summary>
public static class OutputFolderCheck
{
    public static IReadOnlyList<ChangedFile> ChangedFiles(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        RunManifest? manifest;
        try
        {
            manifest = RunManifest.Read(folder);
        }
        catch (InvalidDataException)
        {
            manifest = null; // unreadable: nothing vouches for the tables
        }
        var changed = new List<ChangedFile>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest?.Files ?? [])
        {
            listed.Add(file.Name);
            var path = Path.Combine(folder, file.Name);
            if (File.Exists(path) && ManifestFile.Sha256Of(path) != file.Sha256)
                changed.Add(new ChangedFile(file.Name, "changed since the run that wrote it"));
        }
        foreach (var table in TableNames.Editable)
        {
            if (!listed.Contains(table) && File.Exists(Path.Combine(folder, table)))
                changed.Add(new ChangedFile(table, manifest is null ? $"no {RunManifest.FileName} says which run wrote it" : $"not listed in {RunManifest.FileName}"));
        }
        return changed;
    }
}

/// <summary>A file a new run would replace, and why it is not known to be as a run left it.</summary>
public sealed record ChangedFile(string Name, string Reason);
