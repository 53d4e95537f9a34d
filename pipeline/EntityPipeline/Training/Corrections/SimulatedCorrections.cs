using System.Globalization;
using System.Text;
using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Output;
using EntityPipeline.Output.Workbook;
using EntityPipeline.Processing;
using EntityPipeline.Text;
using EntityPipeline.Training.Corpora;

namespace EntityPipeline.Training.Corrections;

/// <summary>
/// The correction loop's measurement harness: turns a slice of an annotated corpus into exactly what a user hands to
/// <c>train</c> after correcting a run. Corpus sentences become articles (<c>articles/</c>), which <c>run</c>'s pipeline
/// tags into its tables (<c>corrections/</c>); there the run's entities.csv is replaced by the corpus's entities as a user
/// would leave it after correcting. The last sentences of the file, disjoint from those, become plain articles to rehearse
/// (<c>rehearse/</c>), their tags stripped. <c>gold.tsv</c> holds the corrected entities, to score the refined model on the
/// sentences it was taught. Sentences are counted as the run's sentences.csv counts them (what a user reviews).
/// <para>Which sentences are corrected (<see cref="CorrectionOrder"/>):</para>
/// <list type="bullet">
/// <item><c>File</c>: the first N (whole corpus sentences), every row of the run's entities.csv corrected (a row the run got
/// right kept as written, a wrong one deleted, a missed one added; in a document with no entity, the run's rows typed
/// delete, so that it stays reviewed): the plain form.</item>
/// <item><c>Review</c>: the run covers everything before the rehearsal, and the user checks the N sentences its review
/// sheet puts first (least confident first, <see cref="ReviewQueue"/>), as the README tells users to: their rows marked
/// reviewed (kept, retyped or typed delete), their missed entities added, every other row left as the run wrote it.</item>
/// </list>
/// </summary>
public enum CorrectionOrder { File, Review }

/// <inheritdoc cref="CorrectionOrder"/>
public static class SimulatedCorrections
{
    public const string Articles = "articles", Corrections = "corrections", Rehearse = "rehearse", Gold = "gold.tsv";

    /// <summary>What was written; <see cref="Dropped"/> counts corpus entities the run's sentences cut (a user could not mark them).</summary>
    public sealed record Summary(int Documents, int Sentences, int Entities, int Dropped, int RehearsalDocuments, int RehearsalSentences);

    /// <param name="corpus">The corpus file's sentences in order.</param>
    /// <param name="sentences">How many run sentences to correct (after <paramref name="skip"/>).</param>
    /// <param name="rehearsal">How many run sentences to rehearse, from the end of the file (0: none).</param>
    /// <param name="skip">How many run sentences to pass over first (a second round's corrections follow the first's).</param>
    /// <param name="order">Which sentences the user corrects: the first ones, or those the review sheet puts first.</param>
    public static Summary Write(IReadOnlyList<AnnotatedSentence> corpus, int sentences, int rehearsal, Pipeline pipeline, string folder, int skip = 0,
        CorrectionOrder order = CorrectionOrder.File)
    {
        var splitter = new SentenceSplitter();
        int Count(AnnotatedSentence s) => splitter.Split(s.Text).Length;
        int first = 0;
        for (int skipped = 0; first < corpus.Count && skipped < skip;) skipped += Count(corpus[first++]);
        int taken = first, runSentences = 0;
        if (order == CorrectionOrder.File)
            while (taken < corpus.Count && runSentences < sentences) runSentences += Count(corpus[taken++]);
        int from = corpus.Count, rehearsedRun = 0;
        while (from > taken && rehearsedRun < rehearsal) rehearsedRun += Count(corpus[--from]);
        if (order == CorrectionOrder.Review) // the run covers all of the file before the rehearsal
            while (taken < from) runSentences += Count(corpus[taken++]);
        if (runSentences < sentences || rehearsedRun < rehearsal)
            // Counted in run sentences, as the request is (a Weibo message is one corpus sentence and about two run sentences).
            throw new ArgumentException($"the corpus has {corpus.Sum(Count):N0} sentences as the run splits them ({corpus.Count:N0} corpus sentences), too few for {skip:N0} skipped, {sentences:N0} corrected and {rehearsal:N0} rehearsed sentences that do not overlap");

        var run = CorpusDocuments.Group(corpus.Take(taken).Skip(first).ToList()).ToList();
        var articles = WriteArticles(run, Path.Combine(folder, Articles), "doc");
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
        var reviewed = order == CorrectionOrder.Review ? ReviewSheetFirst(results, sentences) : null;
        var (entities, dropped) = WriteCorrectedEntities(results, articles, tables, Path.Combine(folder, Gold), reviewed);
        return new Summary(reviewed?.Select(k => k.DocId).Distinct().Count() ?? run.Count, reviewed?.Count ?? results.Sum(r => r.Document!.Sentences.Length),
            entities, dropped, rehearsal > 0 ? rehearsed.Count : 0, rehearsal > 0 ? rehearsedRun : 0);
    }

    /// <summary>The first <paramref name="sentences"/> sentences of the run's review sheet, in its order (<see cref="ReviewQueue"/>).</summary>
    private static HashSet<(string DocId, int SentenceId)> ReviewSheetFirst(List<DocumentResult> results, int sentences)
    {
        var queue = new ReviewQueue(int.MaxValue);
        foreach (var result in results)
        {
            var document = Checked(result);
            var rows = document.Mentions.Select(m => EntityRow.Of(result.Source.DocId, document, m)).ToLookup(r => r.SentenceId);
            foreach (var s in document.Sentences)
                if (rows[s.Index].ToList() is { Count: > 0 } mentions)
                    queue.Offer(new ReviewSentence(result.Source.DocId, s.Index, s.Start, document.Slice(s.Start, s.End), mentions));
        }
        var chosen = new HashSet<(string, int)>();
        foreach (var (sentence, _) in queue.LeastConfidentFirst())
        {
            if (chosen.Count == sentences) break;
            chosen.Add((sentence.DocId, sentence.SentenceId));
        }
        return chosen.Count == sentences ? chosen
            : throw new ArgumentException($"the review sheet holds {chosen.Count:N0} sentences (those the run found a mention in), too few for {sentences:N0} corrected ones");
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

    /// <summary>
    /// entities.csv as corrected (replacing the run's) and the same entities as a gold table: every document's rows in the
    /// plain form (<paramref name="reviewed"/> null), or the reviewed sentences' rows marked among the run's others.
    /// </summary>
    private static (int Entities, int Dropped) WriteCorrectedEntities(List<DocumentResult> results, Dictionary<string, IReadOnlyList<AnnotatedSentence>> articles,
        string tables, string goldPath, HashSet<(string DocId, int SentenceId)>? reviewed)
    {
        int count = 0, dropped = 0;
        var gold = new StringBuilder("doc_id\tstart\tend\ttype\ttext\n");
        using var entities = new CorrectedEntitiesFile(tables, reviewedColumn: reviewed is not null);
        foreach (var result in results)
        {
            var document = Checked(result);
            var id = result.Source.DocId;
            bool Corrected(int sentence) => reviewed is null || reviewed.Contains((id, sentence));
            var tagged = document.Mentions.DistinctBy(m => (m.Start, m.End, m.Type)).ToDictionary(m => (m.Start, m.End, m.Type));
            int offset = 0, before = count;
            foreach (var sentence in articles[id])
            {
                foreach (var entity in sentence.Entities)
                {
                    int start = offset + entity.Start, end = offset + entity.End;
                    int index = document.SentenceAt(start);
                    if (!Corrected(index)) continue;
                    if (end > document.Sentences[index].End) { dropped++; continue; }
                    var text = document.Slice(start, end);
                    if (text != sentence.Text[entity.Start..entity.End])
                        throw new InvalidDataException($"{result.Source.FullPath}: the run read the article differently from the text written ('{text}' at {start})");
                    entities.Write(tagged.Remove((start, end, entity.Type), out var mention)
                        ? EntityRow.Of(id, document, mention)
                        : new EntityRow(id, index, start, end, text, entity.Type.ToString(), "", "", ""), reviewed: true);
                    gold.Append(CultureInfo.InvariantCulture, $"{id}\t{CodePoints(document.Text, start)}\t{CodePoints(document.Text, end)}\t{entity.Type}\t{text}\n");
                    count++;
                }
                offset += sentence.Text.Length + 1; // CorpusDocuments.Text joins sentences with a line break
            }
            if (reviewed is null)
            {
                if (count > before) continue; // the plain form: the run's wrong rows deleted
                // A document with no entity stays reviewed as a careful user keeps it: the run's rows typed delete (README).
                foreach (var m in tagged.Values.OrderBy(m => m.Start))
                    entities.Write(TypedDelete(id, document, m), reviewed: true);
                continue;
            }
            // The review: a reviewed sentence's wrong rows typed delete; the other sentences' rows as the run wrote them.
            foreach (var m in tagged.Values.OrderBy(m => m.Start))
            {
                bool corrected = Corrected(document.SentenceAt(m.Start));
                entities.Write(corrected ? TypedDelete(id, document, m) : EntityRow.Of(id, document, m), corrected);
            }
        }
        entities.Commit();
        File.WriteAllText(goldPath, gold.ToString(), new UTF8Encoding(false));
        return (count, dropped);
    }

    private static Document Checked(DocumentResult result) =>
        result.Document ?? throw new InvalidDataException($"{result.Source.FullPath}: {result.Message}");

    /// <summary>The run's row for <paramref name="mention"/> as a user leaves a wrong one: typed delete.</summary>
    private static EntityRow TypedDelete(string id, Document document, Mention mention) => EntityRow.Of(id, document, mention) with { Type = ReviewColumns.Delete };

    /// <summary>A UTF-16 offset as the code-point offset gold tables use.</summary>
    private static int CodePoints(string text, int utf16)
    {
        int points = utf16;
        for (int i = 0; i < utf16; i++)
            if (char.IsLowSurrogate(text[i])) points--;
        return points;
    }
}
