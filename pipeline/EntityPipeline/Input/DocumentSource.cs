namespace EntityPipeline.Input;

/// <summary>
/// Lists every *.txt under a folder, recursively, ordered by doc_id (ordinal), so runs are repeatable; or one file, whose
/// doc_id is its file name.
/// Symbolic links to folders are followed once: a link back into a folder already being walked (a loop)
/// is skipped. Only paths are held, never contents; files are read later, one at a time, by the workers.
/// </summary>
public static class DocumentSource
{
    public static IReadOnlyList<SourceFile> List(string path)
    {
        if (File.Exists(path))
            return [new SourceFile(Path.GetFileName(path), Path.GetFullPath(path))];
        var root = new DirectoryInfo(Path.GetFullPath(path));
        if (!root.Exists)
            throw new DirectoryNotFoundException($"input not found: {path}");
        var files = new List<SourceFile>();
        Walk(root, "", new HashSet<string>(StringComparer.Ordinal) { RealPath(root) }, files);
        files.Sort((a, b) => string.CompareOrdinal(a.DocId, b.DocId));
        return files;
    }

    private static void Walk(DirectoryInfo dir, string prefix, HashSet<string> ancestors, List<SourceFile> files)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = dir.EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // a folder that vanished or cannot be listed holds no documents we can read
        }
        foreach (var entry in entries)
        {
            var name = prefix + entry.Name;
            if (entry is DirectoryInfo sub)
            {
                var real = RealPath(sub);
                if (!ancestors.Add(real)) continue; // symbolic-link loop
                Walk(sub, name + "/", ancestors, files);
                ancestors.Remove(real);
            }
            else if (entry.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(new SourceFile(name, entry.FullName));
            }
        }
    }

    private static string RealPath(DirectoryInfo dir)
    {
        try
        {
            var target = dir.LinkTarget is null ? null : dir.ResolveLinkTarget(returnFinalTarget: true);
            return Path.TrimEndingDirectorySeparator(target?.FullName ?? dir.FullName);
        }
        catch (IOException)
        {
            return dir.FullName; // a dangling or looping link: its own path keeps it distinct
        }
    }
}
