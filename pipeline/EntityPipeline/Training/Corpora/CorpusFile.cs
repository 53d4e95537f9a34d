namespace EntityPipeline.Training.Corpora;

/// <summary>
/// An annotated corpus file, its format, the weight its sentences get in training (and the factor on it in a second
/// pass's training), and how many of its first sentences to read (all when null).
/// </summary>
public sealed record CorpusFile(string Path, CorpusFormat Format, double Weight = 1.0, int? Limit = null, double SecondPassWeight = 1.0)
{
    public IEnumerable<AnnotatedSentence> Read()
    {
        if (!File.Exists(DataFile(Path, Format)))
            throw new FileNotFoundException($"corpus file not found: {Path}", Path);
        var sentences = Format switch
        {
            CorpusFormat.MsraBio => CharTagReader.Read(Path, CharTagScheme.Msra),
            CorpusFormat.WeiboNer => CharTagReader.Read(Path, CharTagScheme.Weibo),
            CorpusFormat.ResumeNer => CharTagReader.Read(Path, CharTagScheme.Resume),
            CorpusFormat.PeoplesDaily => PeoplesDailyReader.Read(Path),
            CorpusFormat.GoldTable => GoldTableCorpusReader.Read(Path),
            _ => ClueNerReader.Read(Path),
        };
        if (Limit is { } limit) sentences = sentences.Take(limit);
        return Weight == 1.0 && SecondPassWeight == 1.0 ? sentences
            : sentences.Select(s => s with { Weight = s.Weight * Weight, SecondPassWeight = s.SecondPassWeight * SecondPassWeight });
    }

    /// <summary>The file a corpus at <paramref name="path"/> is read from: a gold folder's table, else the path itself.</summary>
    public static string DataFile(string path, CorpusFormat? format) =>
        format == CorpusFormat.GoldTable || format is null && Directory.Exists(path) ? System.IO.Path.Combine(path, GoldTableCorpusReader.Table) : path;

    /// <summary>
    /// A file in any format, told apart by its first line: CLUENER starts a JSON object; a character and a tab is MSRA, a
    /// character, its word-position digit and a tab is Weibo NER; a character, a space and a tag is Resume NER; People's Daily
    /// lines start with an article id and hold words. (An MSRA character is one, so two before the tab ending in a digit are Weibo's.)
    /// A folder is a project gold folder.
    /// </summary>
    public static CorpusFile Detect(string path, double weight = 1.0)
    {
        if (Directory.Exists(path))
            return new CorpusFile(path, CorpusFormat.GoldTable, weight);
        var first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0)
            ?? throw new InvalidDataException($"{path}: empty corpus file");
        int tab = first.IndexOf('\t', 1);
        var format = first.TrimStart().StartsWith('{') ? CorpusFormat.ClueNer
            : tab > 0 ? (tab >= 2 && char.IsAsciiDigit(first[tab - 1]) ? CorpusFormat.WeiboNer : CorpusFormat.MsraBio)
            : first.Split(' ') is [{ Length: 1 or 2 }, var tag] && tag.Length > 0 ? CorpusFormat.ResumeNer
            : CorpusFormat.PeoplesDaily;
        return new CorpusFile(path, format, weight);
    }

    public override string ToString() => $"{System.IO.Path.GetFileName(Path)} ({Format}{(Limit is { } n ? $", first {n}" : "")})";
}
