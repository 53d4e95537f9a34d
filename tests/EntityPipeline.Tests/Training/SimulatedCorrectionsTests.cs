using System.Globalization;
using EntityPipeline.Documents;
using EntityPipeline.Input;
using EntityPipeline.Processing;
using EntityPipeline.Training;
using EntityPipeline.Training.Corrections;

namespace EntityPipeline.Tests.Training;

public sealed class SimulatedCorrectionsTests
{
    private static readonly Pipeline Dictionary = PipelineFactory.Create(new PipelineOptions { Tagger = TaggerKind.Dictionary, Figures = false });

    [Fact]
    public void The_corrected_tables_read_back_as_exactly_the_corpus_entities_and_rehearsal_is_disjoint_plain_text()
    {
        using var work = new TempFolder();
        var corpus = TinyCorpus.Sentences();
        var summary = SimulatedCorrections.Write(corpus, sentences: 10, rehearsal: 6, Dictionary, work.Path);

        // The corrections go through train's own reader, as a user's corrected entities.csv and sentences.csv would.
        var read = CorrectionsReader.Read(Path.Combine(work.Path, SimulatedCorrections.Corrections), weight: 1);
        Assert.Equal(corpus.Take(10).Select(s => s.Text), read.Examples.Select(e => e.Text));
        Assert.Equal(corpus.Take(10).SelectMany(s => s.Entities), read.Examples.SelectMany(e => e.Entities));
        Assert.Equal((10, corpus.Take(10).Sum(s => s.Entities.Length), 0), (summary.Sentences, summary.Entities, summary.Dropped));

        // The last six sentences, tags stripped, none of them corrected.
        var rehearsed = Directory.GetFiles(Path.Combine(work.Path, SimulatedCorrections.Rehearse)).SelectMany(File.ReadAllLines).ToList();
        Assert.Equal(corpus.TakeLast(6).Select(s => s.Text), rehearsed);
        Assert.Equal(6, summary.RehearsalSentences);

        // The gold table lists the corrected entities of the articles.
        var gold = File.ReadAllLines(Path.Combine(work.Path, SimulatedCorrections.Gold)).Skip(1).ToList();
        Assert.Equal(summary.Entities, gold.Count);
    }

    [Fact]
    public void A_document_with_no_entity_that_the_run_tagged_stays_reviewed_with_its_rows_typed_delete()
    {
        // Given: two messages; the second names no entity, but the dictionary tagger tags 上海 in it
        using var work = new TempFolder();
        List<AnnotatedSentence> corpus =
        [
            new("张三在北京工作。", [new EntitySpan(0, 2, EntityType.PER), new EntitySpan(3, 5, EntityType.LOC)], DocumentId: "m1"),
            new("上海很大。", [], DocumentId: "m2"),
        ];

        SimulatedCorrections.Write(corpus, sentences: 2, rehearsal: 0, Dictionary, work.Path);
        var read = CorrectionsReader.Read(Path.Combine(work.Path, SimulatedCorrections.Corrections), weight: 1);

        Assert.Equal(["张三在北京工作。", "上海很大。"], read.Examples.Select(e => e.Text));
        Assert.Empty(read.Examples[1].Entities); // taught as a message with no entity
        Assert.Empty(read.UntaughtDocuments);
    }

    [Fact]
    public void In_review_order_the_user_corrects_the_least_confident_sentences_of_the_run_and_only_those_teach()
    {
        // Given: the shipped model's run over everything before the rehearsal, 8 of its sentences reviewed
        using var work = new TempFolder();
        var corpus = TinyCorpus.HeldOut();
        var summary = SimulatedCorrections.Write(corpus, sentences: 8, rehearsal: 4, ShippedPipeline.Value, work.Path, order: CorrectionOrder.Review);
        var folder = Path.Combine(work.Path, SimulatedCorrections.Corrections);
        var rows = CsvTable.Read(Path.Combine(folder, "entities.csv"));
        var read = CorrectionsReader.Read(folder, weight: 1);

        // Then: the reviewed sentences are those whose least confident mention is least confident, as the review sheet lists them
        int doc = rows.IndexOf("doc_id"), sentence = rows.IndexOf("sentence_id"), confidence = rows.IndexOf("confidence"), reviewed = rows.IndexOf("reviewed");
        var runRows = rows.Rows.Where(r => r.Get(confidence).Length > 0).ToList(); // added rows have none
        var least = runRows.GroupBy(r => (r.Get(doc), r.Get(sentence)))
            .ToDictionary(g => g.Key, g => (Confidence: g.Min(r => double.Parse(r.Get(confidence), CultureInfo.InvariantCulture)), Reviewed: g.Any(r => r.Get(reviewed) == "yes")));
        Assert.Equal(8, least.Values.Count(v => v.Reviewed));
        Assert.True(least.Values.Where(v => v.Reviewed).Max(v => v.Confidence) <= least.Values.Where(v => !v.Reviewed).Min(v => v.Confidence));
        Assert.Equal((8, 4), (summary.Sentences, summary.RehearsalSentences));

        // ... and they alone are taught, each with exactly its corpus entities (all of the run's sentences are corpus sentences here)
        var bySentence = corpus.Take(corpus.Count - 4).ToDictionary(s => s.Text, s => s.Entities);
        Assert.Equal(8, read.Examples.Count);
        Assert.All(read.Examples, e => Assert.Equal(bySentence[e.Text].AsEnumerable(), e.Entities));
        Assert.Equal(read.Examples.Sum(e => e.Entities.Length), summary.Entities);
    }

    [Fact]
    public void A_second_round_skips_the_first_rounds_sentences()
    {
        using var work = new TempFolder();
        var corpus = TinyCorpus.Sentences();
        SimulatedCorrections.Write(corpus, sentences: 5, rehearsal: 0, Dictionary, work.Path, skip: 10);
        var read = CorrectionsReader.Read(Path.Combine(work.Path, SimulatedCorrections.Corrections), weight: 1);
        Assert.Equal(corpus.Skip(10).Take(5).Select(s => s.Text), read.Examples.Select(e => e.Text));
        Assert.False(Directory.Exists(Path.Combine(work.Path, SimulatedCorrections.Rehearse)));
    }

    [Fact]
    public void Too_small_a_corpus_is_refused()
    {
        using var work = new TempFolder();
        var e = Assert.Throws<ArgumentException>(() => SimulatedCorrections.Write(TinyCorpus.Sentences(), sentences: 40, rehearsal: 20, Dictionary, work.Path));
        Assert.Contains("too few", e.Message);
    }

    [Fact]
    public void The_refusal_counts_the_corpus_in_run_sentences_as_the_request_does()
    {
        // Four corpus sentences that the run splits in two each: 8 sentences are there to ask for, not 4.
        using var work = new TempFolder();
        var corpus = Enumerable.Repeat(new AnnotatedSentence("今天下雨了。明天晴。", []), 4).ToList();
        Assert.Equal(8, SimulatedCorrections.Write(corpus, sentences: 8, rehearsal: 0, Dictionary, work.Path).Sentences);
        using var other = new TempFolder();
        var e = Assert.Throws<ArgumentException>(() => SimulatedCorrections.Write(corpus, sentences: 9, rehearsal: 0, Dictionary, other.Path));
        Assert.StartsWith("the corpus has 8 sentences as the run splits them (4 corpus sentences), too few", e.Message);
    }
}
