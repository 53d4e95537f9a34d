using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Figures;
using EntityPipeline.Text;

namespace EntityPipeline.Tests.Figures;

/// <summary>Runs the figures stage on a hand-written text (sentences split first), with the shipped data files loaded once.</summary>
internal static class FigureTestKit
{
    public static readonly FigureResources Resources = FigureResources.LoadDefault();

    private static readonly SentenceStage Sentences = new(new SentenceSplitter());

    public static ImmutableArray<Figure> Find(string text, int? referenceYear = null)
    {
        var document = new Document("test.txt", text);
        Sentences.Process(document);
        new FigureStage(Resources, referenceYear).Process(document);
        return document.Figures;
    }

    /// <summary>The figure whose text is exactly <paramref name="span"/>; fails listing what was found otherwise.</summary>
    public static Figure Single(string text, string span, int? referenceYear = null)
    {
        var figures = Find(text, referenceYear);
        var hits = figures.Where(f => text[f.Start..f.End] == span).ToList();
        Assert.True(hits.Count == 1, $"expected one figure '{span}' in '{text}', found: " + string.Join(" | ", figures.Select(f => text[f.Start..f.End])));
        return hits[0];
    }

    /// <summary>The figures of <paramref name="text"/> segmented into the given words with their parts of speech (the segmenter's stand-in).</summary>
    public static ImmutableArray<Figure> WithTags(string text, params (string Word, string Pos)[] words)
    {
        var document = new Document("a.txt", text);
        new SentenceStage(new SentenceSplitter()).Process(document);
        var tokens = new List<Token>();
        int at = 0;
        foreach (var (word, pos) in words)
        {
            Assert.Equal(word, text.Substring(at, word.Length));
            tokens.Add(new Token(at, at + word.Length, pos));
            at += word.Length;
        }
        Assert.Equal(text.Length, at);
        document.SetTokens([.. tokens]);
        new FigureStage(Resources).Process(document);
        return document.Figures;
    }

    /// <summary>The figures of <paramref name="text"/> with every occurrence of the given names as mentions (a tagger's stand-in).</summary>
    public static ImmutableArray<Figure> Attached(string text, params (string Name, EntityType Type)[] names)
    {
        var document = new Document("t.txt", text);
        new SentenceStage(new SentenceSplitter()).Process(document);
        var mentions = new List<Mention>();
        foreach (var (name, type) in names)
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                mentions.Add(new Mention(at, at + name.Length, type, MentionSource.Model, 1.0));
        document.SetMentions([.. mentions.OrderBy(m => m.Start)]);
        new FigureStage(Resources).Process(document);
        return document.Figures;
    }
}
