using System.Globalization;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Figures.Evaluation;

/// <summary>
/// A gold figures table over corpus documents, whose text stays in the shared folder: each row names a corpus
/// file relative to that folder (<c>source</c>) and a document in it (<c>doc_id</c>, as the corpus readers name it:
/// a People's Daily article id, a CLUENER "record N"), and its offsets point into the plain text the readers make
/// of that document (<see cref="CorpusDocuments.Text"/>). Each corpus is read once; every row's <c>text</c> must be
/// the document's text at its offsets. Errors name the gold file and line.
/// </summary>
public static class CorpusFigureGold
{
    /// <summary>The documents the table names, in (source, doc_id) order, each with its gold figures in UTF-16 offsets.</summary>
    public static IReadOnlyList<GoldDocument> Load(string goldPath, string sharedRoot)
    {
        var rows = GoldFigureReader.Read(goldPath);
        var corpora = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var documents = new List<GoldDocument>();
        foreach (var group in rows.GroupBy(g => (g.Source, g.DocId))
                     .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.DocId, StringComparer.Ordinal))
        {
            var (source, docId) = group.Key;
            var first = group.First();
            if (source.Length == 0)
                throw new InvalidDataException($"{Where(goldPath, first)}: no source (the corpus file, relative to the shared folder)");
            if (!corpora.TryGetValue(source, out var texts))
            {
                var path = Path.Combine(sharedRoot, source.Replace('/', Path.DirectorySeparatorChar));
                if (Path.IsPathRooted(source) || !File.Exists(path))
                    throw new InvalidDataException($"{Where(goldPath, first)}: corpus file '{source}' not found under {sharedRoot}");
                corpora[source] = texts = DocumentTexts(path);
            }
            if (!texts.TryGetValue(docId, out var text))
                throw new InvalidDataException($"{Where(goldPath, first)}: no document '{docId}' in {source}");
            documents.Add(new GoldDocument($"{source}#{docId}", text, [.. group.Select(g => Checked(goldPath, g, text))]));
        }
        return documents;
    }

    /// <summary>The plain text of every document of a corpus file that names its documents, by id.</summary>
    private static Dictionary<string, string> DocumentTexts(string path)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in CorpusDocuments.Group(CorpusFile.Detect(path).Read().ToList()))
            if (document[0].DocumentId is { } id)
                texts.TryAdd(id, CorpusDocuments.Text(document));
        return texts;
    }

    private static GoldFigure Checked(string goldPath, GoldFigure gold, string text)
    {
        GoldFigure utf16;
        try
        {
            utf16 = GoldFigureReader.ToUtf16(gold, text);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException($"{Where(goldPath, gold)}: offsets {gold.Start}-{gold.End} are outside '{gold.DocId}' ({text.Length} characters)");
        }
        var actual = text[utf16.Start..utf16.End];
        if (!string.Equals(actual, gold.Text, StringComparison.Ordinal))
            throw new InvalidDataException($"{Where(goldPath, gold)}: text '{gold.Text}' is not the document's '{actual}' at {gold.Start}-{gold.End} of '{gold.DocId}'");
        return utf16;
    }

    private static string Where(string goldPath, GoldFigure gold) => $"{goldPath}:{gold.Line.ToString(CultureInfo.InvariantCulture)}";
}
