using EntityPipeline.Documents;
using EntityPipeline.Training;

namespace EntityPipeline.Tests.Training;

public sealed class SocialTextAugmentationTests
{
    private static AnnotatedSentence Sentence(string text, params (string Name, EntityType Type)[] entities) =>
        new(text, [.. entities.Select(e => new EntitySpan(text.IndexOf(e.Name, StringComparison.Ordinal), text.IndexOf(e.Name, StringComparison.Ordinal) + e.Name.Length, e.Type))]);

    private static string[] Mentions(AnnotatedSentence s) => [.. s.Entities.Select(e => $"{s.Text[e.Start..e.End]}/{e.Type}")];

    [Fact]
    public void Dropping_punctuation_keeps_every_entity_on_its_text()
    {
        // Given a list of names with 、, quotes, a decimal point and a dot inside a name
        var sentence = Sentence("“张伟、李娜、约翰·史密斯”在北京说，增长3.5%。",
            ("张伟", EntityType.PER), ("李娜", EntityType.PER), ("约翰·史密斯", EntityType.PER), ("北京", EntityType.LOC));

        // When every sentence loses its punctuation
        var (result, dropped, glued) = new SocialTextAugmentation { DropPunctuation = 1 }.Apply([sentence], seed: 0);

        // Then the names run together, the dot inside the name and the decimal point stay, and each span still covers its name
        var bare = Assert.Single(result);
        Assert.Equal("张伟李娜约翰·史密斯在北京说增长3.5", bare.Text);
        Assert.Equal(["张伟/PER", "李娜/PER", "约翰·史密斯/PER", "北京/LOC"], Mentions(bare));
        Assert.Equal([(0, 2), (2, 4), (4, 10), (11, 13)], bare.Entities.Select(e => (e.Start, e.End)));
        Assert.Equal((1, 0), (dropped, glued));
    }

    [Fact]
    public void Gluing_joins_a_sentence_to_the_next_without_a_separator()
    {
        var sentences = new[]
        {
            Sentence("李娜到了上海。", ("李娜", EntityType.PER), ("上海", EntityType.LOC)) with { DocumentId = "a" },
            Sentence("外交部表示欢迎！", ("外交部", EntityType.ORG)) with { DocumentId = "b" },
            Sentence("王建国在杭州。", ("王建国", EntityType.PER), ("杭州", EntityType.LOC)) with { DocumentId = "c" },
        };

        var (result, dropped, glued) = new SocialTextAugmentation { Glue = 1 }.Apply(sentences, seed: 0);

        // The first two run together (another document's sentence too: a message runs unrelated things together) and keep the
        // first's document; the last has no next sentence, so it stays alone, its full stop kept.
        Assert.Equal(["李娜到了上海外交部表示欢迎！", "王建国在杭州。"], result.Select(s => s.Text));
        Assert.Equal(["a", "c"], result.Select(s => s.DocumentId));
        Assert.Equal(["李娜/PER", "上海/LOC", "外交部/ORG"], Mentions(result[0]));
        Assert.Equal([(0, 2), (4, 6), (6, 9)], result[0].Entities.Select(e => (e.Start, e.End)));
        Assert.Equal(["王建国/PER", "杭州/LOC"], Mentions(result[1]));
        Assert.Equal((0, 1), (dropped, glued));
    }

    [Fact]
    public void The_same_seed_rewrites_the_same_sentences_and_every_span_stays_on_its_text()
    {
        var sentences = TinyCorpus.Sentences();
        var augment = new SocialTextAugmentation { DropPunctuation = 0.3, Glue = 0.2 };

        var (first, dropped, glued) = augment.Apply(sentences, seed: 7);
        var (again, _, _) = augment.Apply(sentences, seed: 7);
        var (other, _, _) = augment.Apply(sentences, seed: 8);

        Assert.Equal(first.Select(s => s.Text), again.Select(s => s.Text));
        Assert.NotEqual(first.Select(s => s.Text), other.Select(s => s.Text));
        Assert.InRange(dropped, 1, sentences.Count - 1);
        Assert.InRange(glued, 1, sentences.Count - 1);
        // Nothing is lost: the rewritten sentences hold the same entities, in order, with the same text.
        Assert.Equal(sentences.SelectMany(Mentions), first.SelectMany(Mentions));
        Assert.Equal(sentences.Count - glued, first.Count);
    }
}
