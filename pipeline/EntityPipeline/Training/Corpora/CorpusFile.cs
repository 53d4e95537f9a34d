namespace EntityPipeline.Training.Corpora;

/// <summary>
/// An annotated corpus file, its format, the weight its sentences get in training (and the factor on it in a second
/// pass's training), and how many of its first sentences to read (all when null).
/// </summary>
public sealed record CorpusFile(string Path, CorpusFormat Format, double Weight = 1.0, int? Limit = null, double SecondPassWeight = 1.0)
{
    public IEnumerable<AnnotatedSentence> Read()
    {
        if (!File.Exists(Path))
            throw new FileNotFoundException($"corpus file not found: {Path}", Path);
        var sentences = Format switch
        {
            CorpusFormat.MsraBio => MsraBioReader.Read(Path),
            CorpusFormat.PeoplesDaily => PeoplesDailyReader.Read(Path),
            _ => ClueNerReader.Read(Path),
        };
        if (Limit is { } limit) sentences = sentences.Take(limit);
        return Weight == 1.0 && SecondPassWeight == 1.0 ? sentences
            : sentences.Select(s => s with { Weight = s.Weight * Weight, SecondPassWeight = s.SecondPassWeight * SecondPassWeight });
    }

    /// <summary>A file in any format, told apart by its first line: CLUENER starts a JSON object, MSRA lines hold a tab, People's Daily lines do not.</summary>
    public static CorpusFile Detect(string path, double weight = 1.0)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0)
            ?? throw new InvalidDataException($"{path}: empty corpus file");
        var format = first.TrimStart().StartsWith('{') ? CorpusFormat.ClueNer
            : first.Contains('\t') ? CorpusFormat.MsraBio : CorpusFormat.PeoplesDaily;
        return new CorpusFile(path, format, weight);
    }

    public override string ToString() => $"{System.IO.Path.GetFileName(Path)} ({Format}{(Limit is { } n ? $", first {n}" : "")})";
}
