namespace EntityPipeline.Input;

/// <summary>An input file: <see cref="DocId"/> is its path relative to the input folder with '/' separators.</summary>
public sealed record SourceFile(string DocId, string FullPath);
