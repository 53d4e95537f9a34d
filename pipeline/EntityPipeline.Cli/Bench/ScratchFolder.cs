namespace EntityPipeline.Cli.Bench;

/// <summary>A temporary folder for benchmark corpora and tables, deleted when disposed.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("entitypipeline-bench-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
