using System.Collections.Immutable;

namespace EntityPipeline.Documents;

/// <summary>
/// One article and the layers the stages add to it. The text never changes; every layer points
/// into it by character offsets (UTF-16 indices, end exclusive). Each layer is set once, by the
/// stage that owns it.
/// </summary>
public sealed class Document
{
    private ImmutableArray<Sentence>? _sentences;
    private ImmutableArray<Token>? _tokens;
    private ImmutableArray<Mention>? _mentions;
    private ImmutableArray<Figure>? _figures;
    private DocumentDate? _date;

    public Document(string id, string text)
    {
        Id = id;
        Text = text;
    }

    /// <summary>The file's path relative to the input folder, with '/' separators.</summary>
    public string Id { get; }

    public string Text { get; }

    public ImmutableArray<Sentence> Sentences => _sentences ?? throw Missing(Layers.Sentences);
    public ImmutableArray<Token> Tokens => _tokens ?? throw Missing(Layers.Tokens);
    public ImmutableArray<Mention> Mentions => _mentions ?? throw Missing(Layers.Mentions);
    public ImmutableArray<Figure> Figures => _figures ?? throw Missing(Layers.Figures);

    /// <summary>The publication date (<see cref="DocumentDate"/>), set by the date stage.</summary>
    public DocumentDate Date => _date ?? throw Missing(Layers.Date);

    public Layers Present =>
        (_sentences is null ? Layers.None : Layers.Sentences)
        | (_tokens is null ? Layers.None : Layers.Tokens)
        | (_mentions is null ? Layers.None : Layers.Mentions)
        | (_figures is null ? Layers.None : Layers.Figures)
        | (_date is null ? Layers.None : Layers.Date);

    public bool Has(Layers layers) => (Present & layers) == layers;

    public void SetSentences(ImmutableArray<Sentence> value) => Set(ref _sentences, value, Layers.Sentences);
    public void SetTokens(ImmutableArray<Token> value) => Set(ref _tokens, value, Layers.Tokens);
    public void SetMentions(ImmutableArray<Mention> value) => Set(ref _mentions, value, Layers.Mentions);
    public void SetFigures(ImmutableArray<Figure> value) => Set(ref _figures, value, Layers.Figures);

    public void SetDate(DocumentDate value)
    {
        if (_date is not null)
            throw new InvalidOperationException($"The {Layers.Date} layer of '{Id}' is already set.");
        _date = value;
    }

    /// <summary>
    /// True when the entity stage tagged the document with what a refined model learnt of its user's text (the document reads
    /// like the text it was refined on); false when it was tagged as the model's base tags, or by a model without a domain.
    /// </summary>
    public bool TaggedInModelDomain { get; private set; }

    public void MarkTaggedInModelDomain() => TaggedInModelDomain = true;

    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The index of the sentence that contains <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private void Set<T>(ref ImmutableArray<T>? field, ImmutableArray<T> value, Layers layer)
    {
        if (field is not null)
            throw new InvalidOperationException($"The {layer} layer of '{Id}' is already set.");
        field = value;
    }

    private InvalidOperationException Missing(Layers layer) =>
        new($"The {layer} layer of '{Id}' has not been produced: add the stage that produces it.");
}
