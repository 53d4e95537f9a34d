namespace EntityPipeline.Training.Corpora;

/// <summary>An annotated corpus file, its format, and the weight its sentences get in training.</summary>
public sealed record CorpusFile(string Path, CorpusFormat Format, double Weight = 1.0)
{
    public IEnumerable<AnnotatedSentence> Read()
    {
        if (!File.Exists(Path))
            throw new FileNotFoundException($"corpus file not found: {Path}", Path);
        var sentences = Format == CorpusFormat.MsraBio ? MsraBioReader.Read(Path) : PeoplesDailyReader.Read(Path);
        return Weight == 1.0 ? sentences : sentences.Select(s => s with { Weight = s.Weight * Weight });
    }

    /// <summary>A file in either format, told apart by its first line: MSRA lines hold a tab, People's Daily lines do not.</summary>
    public static CorpusFile Detect(string path, double weight = 1.0)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0)
            ?? throw new InvalidDataException($"{path}: empty corpus file");
        return new CorpusFile(path, first.Contains('\t') ? CorpusFormat.MsraBio : CorpusFormat.PeoplesDaily, weight);
    }

    public override string ToString() => $"{System.IO.Path.GetFileName(Path)} ({Format})";
}
