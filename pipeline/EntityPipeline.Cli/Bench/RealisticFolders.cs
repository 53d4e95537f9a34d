using EntityPipeline.Training;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Cli.Bench;

/// <summary>
/// The folders `bench --realistic` times: short articles rebuilt as plain text from the People's Daily corpus in
/// ../shared (never kept: they are written to a scratch folder), long articles from the project's own templates,
/// and one article alone.
/// </summary>
internal static class RealisticFolders
{
    /// <summary>Total size of the long-article folder: about 375 articles of 4,000 characters.</summary>
    public const long LongChars = 1_500_000;

    public static string PeoplesDailyPath(string shared) => Path.Combine(shared, "corpora", "peoples_daily_1998_01", "199801_train.txt");

    /// <summary>Characters of a short article: news runs 300–3,000 characters; most short pieces are about this.</summary>
    public const int ShortChars = 500;

    /// <summary>
    /// <paramref name="count"/> articles of about <see cref="ShortChars"/> characters, one .txt each: the People's Daily
    /// training file's articles, each cut at sentence ends into pieces of about that length (the file holds about 1.5M
    /// characters, some 3,000 such pieces; for more, the pieces are written again under other names). Returns the characters written.
    /// </summary>
    public static long WriteShort(string shared, int count, string folder)
    {
        var pieces = CorpusDocuments.Group(PeoplesDailyReader.Read(PeoplesDailyPath(shared)).ToList())
            .SelectMany(Pieces).ToList();
        var articles = Enumerable.Range(0, count)
            .Select(i => ($"{i / 1000:D2}/{i:D5}.txt", pieces[i % pieces.Count]));
        return BenchCorpus.Write(folder, articles);
    }

    /// <summary>An article's sentences, one a line, gathered into pieces of at least <see cref="ShortChars"/> characters (the last may be shorter).</summary>
    private static IEnumerable<string> Pieces(IReadOnlyList<AnnotatedSentence> article)
    {
        var piece = new List<AnnotatedSentence>();
        foreach (var sentence in article)
        {
            piece.Add(sentence);
            if (piece.Sum(s => s.Text.Length) < ShortChars) continue;
            yield return CorpusDocuments.Text(piece) + "\n";
            piece.Clear();
        }
        if (piece.Count > 0) yield return CorpusDocuments.Text(piece) + "\n";
    }

    public static long WriteLong(string folder) => BenchCorpus.Write(folder, BenchCorpus.Generate(LongChars));

    /// <summary>Copies the first article of <paramref name="from"/> (doc_id order) into <paramref name="folder"/>; returns its characters.</summary>
    public static long WriteOne(string from, string folder)
    {
        var first = EntityPipeline.Input.DocumentSource.List(from)[0];
        var text = File.ReadAllText(first.FullPath);
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(first.FullPath)), text);
        return text.Length;
    }
}
