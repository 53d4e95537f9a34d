using System.Globalization;
using System.Text;
using EntityPipeline.Documents;
using EntityPipeline.Entities;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Processing;
using EntityPipeline.Text;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// The correction loop's measurement harness: turns a slice of an annotated corpus into exactly what a user hands to
/// <c>train</c> after correcting a run. The first sentences become articles (<c>articles/</c>), which <c>run</c>'s pipeline
/// tags into its tables (<c>corrections/</c>); there the run's entities.csv is replaced by the corpus's entities as a user
/// would leave it after correcting every row (a row the run got right kept as written, a wrong one deleted, a missed one
/// added; in a document with no entity, the run's rows typed delete, so that it stays reviewed). The last sentences of the
/// file, disjoint from those, become plain articles to rehearse (<c>rehearse/</c>), their tags stripped. <c>gold.tsv</c> holds the corrected entities, to score the refined model on the sentences it was taught.
/// Sentences are counted as the run's sentences.csv counts them (what a user reviews); whole corpus sentences are taken.
/// </summary>
public static class SimulatedCorrections
{
    public const string Articles = "articles", Corrections = "corrections", Rehearse = "rehearse", Gold = "gold.tsv";

    /// <summary>What was written; <see cref="Dropped"/> counts corpus entities the run's sentences cut (a user could not mark them).</summary>
    public sealed record Summary(int Documents, int Sentences, int Entities, int Dropped, int RehearsalDocuments, int RehearsalSentences);

    /// <param name="corpus">The corpus file's sentences in order.</param>
    /// <param name="sentences">How many run sentences to correct, from the start of the file (after <paramref name="skip"/>).</param>
    /// <param name="rehearsal">How many run sentences to rehearse, from the end of the file (0: none).</param>
    /// <param name="skip">How many run sentences to pass over first (a second round's corrections follow the first's).</param>
    public static Summary Write(IReadOnlyList<AnnotatedSentence> corpus, int sentences, int rehearsal, Pipeline pipeline, string folder, int skip = 0)
    {
        var splitter = new SentenceSplitter();
        int Count(AnnotatedSentence s) => splitter.Split(s.Text).Length;
        int first = 0;
        for (int skipped = 0; first < corpus.Count && skipped < skip;) skipped += Count(corpus[first++]);
        int taken = first, correctedRun = 0;
        while (taken < corpus.Count && correctedRun < sentences) correctedRun += Count(corpus[taken++]);
        int from = corpus.Count, rehearsedRun = 0;
        while (from > taken && rehearsedRun < rehearsal) rehearsedRun += Count(corpus[--from]);
        if (correctedRun < sentences || rehearsedRun < rehearsal)
            // Counted in run sentences, as the request is (a Weibo message is one corpus sentence and about two run sentences).
            throw new ArgumentException($"the corpus has {corpus.Sum(Count):N0} sentences as the run splits them ({corpus.Count:N0} corpus sentences), too few for {skip:N0} skipped, {sentences:N0} corrected and {rehearsal:N0} rehearsed sentences that do not overlap");

        var corrected = CorpusDocuments.Group(corpus.Take(taken).Skip(first).ToList()).ToList();
        var articles = WriteArticles(corrected, Path.Combine(folder, Articles), "doc");
        var rehearsed = CorpusDocuments.Group(corpus.Skip(from).ToList()).ToList();
        if (rehearsal > 0) WriteArticles(rehearsed, Path.Combine(folder, Rehearse), "plain");

        var tables = Path.Combine(folder, Corrections);
        Directory.CreateDirectory(tables);
        var files = DocumentSource.List(Path.Combine(folder, Articles));
        var results = files.Select(new DocumentProcessor(pipeline).Process).ToList();
        using (var writer = new TableWriter(tables))
        {
            foreach (var result in results) writer.Write(result);
            writer.Complete();
        }
        var (entities, dropped) = WriteCorrectedEntities(results, articles, tables, Path.Combine(folder, Gold));
        return new Summary(corrected.Count, results.Sum(r => r.Document!.Sentences.Length), entities, dropped,
            rehearsal > 0 ? rehearsed.Count : 0, rehearsal > 0 ? rehearsedRun : 0);
    }

    /// <summary>One .txt per document, its sentences on lines of their own; the documents by file name.</summary>
    private static Dictionary<string, IReadOnlyList<AnnotatedSentence>> WriteArticles(List<IReadOnlyList<AnnotatedSentence>> documents, string folder, string prefix)
    {
        Directory.CreateDirectory(folder);
        var byName = new Dictionary<string, IReadOnlyList<AnnotatedSentence>>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            var name = $"{prefix}-{i + 1:D5}.txt";
            File.WriteAllText(Path.Combine(folder, name), CorpusDocuments.Text(documents[i]), new UTF8Encoding(false));
            byName[name] = documents[i];
        }
        return byName;
    }

    /// <summary>entities.csv as corrected (replacing the run's) and the same entities as a gold table.</summary>
    private static (int Entities, int Dropped) WriteCorrectedEntities(List<DocumentResult> results, Dictionary<string, IReadOnlyList<AnnotatedSentence>> articles,
        string tables, string goldPath)
    {
        int count = 0, dropped = 0;
        var gold = new StringBuilder("doc_id\tstart\tend\ttype\ttext\n");
        using var entities = new TableFile<EntityRow>(tables, TableNames.Entities, byteOrderMark: true);
        foreach (var result in results)
        {
            var document = result.Document ?? throw new InvalidDataException($"{result.Source.FullPath}: {result.Message}");
            var id = result.Source.DocId;
            var tagged = document.Mentions.DistinctBy(m => (m.Start, m.End, m.Type)).ToDictionary(m => (m.Start, m.End, m.Type));
            int offset = 0, before = count;
            foreach (var sentence in articles[id])
            {
                foreach (var entity in sentence.Entities)
                {
                    int start = offset + entity.Start, end = offset + entity.End;
                    int index = document.SentenceAt(start);
                    if (end > document.Sentences[index].End) { dropped++; continue; }
                    var text = document.Slice(start, end);
                    if (text != sentence.Text[entity.Start..entity.End])
                        throw new InvalidDataException($"{result.Source.FullPath}: the run read the article differently from the text written ('{text}' at {start})");
                    entities.Write((tagged.TryGetValue((start, end, entity.Type), out var mention)
                        ? RunRow(id, document, mention, entity.Type.ToString())
                        : new EntityRow(id, index, start, end, text, entity.Type.ToString(), "", "", "")).ForCsv());
                    gold.Append(CultureInfo.InvariantCulture, $"{id}\t{CodePoints(document.Text, start)}\t{CodePoints(document.Text, end)}\t{entity.Type}\t{text}\n");
                    count++;
                }
                offset += sentence.Text.Length + 1; // CorpusDocuments.Text joins sentences with a line break
            }
            if (count > before) continue;
            // A document with no entity stays reviewed as a careful user keeps it: the run's rows typed delete (README).
            foreach (var m in tagged.Values.OrderBy(m => m.Start))
                entities.Write(RunRow(id, document, m, ReviewColumns.Delete).ForCsv());
        }
        entities.Commit();
        File.WriteAllText(goldPath, gold.ToString(), new UTF8Encoding(false));
        return (count, dropped);
    }

    /// <summary>The run's row for <paramref name="mention"/>, as a user leaves it with <paramref name="type"/>.</summary>
    private static EntityRow RunRow(string id, Document document, Mention mention, string type)
    {
        var text = document.Slice(mention.Start, mention.End);
        return new EntityRow(id, document.SentenceAt(mention.Start), mention.Start, mention.End, text, type, EntityNormalizer.Normalize(text),
            mention.Source.ToString().ToLowerInvariant(), TableFormat.Confidence(mention.Confidence));
    }

    /// <summary>A UTF-16 offset as the code-point offset gold tables use.</summary>
    private static int CodePoints(string text, int utf16)
    {
        int points = utf16;
        for (int i = 0; i < utf16; i++)
            if (char.IsLowSurrogate(text[i])) points--;
        return points;
    }
}
