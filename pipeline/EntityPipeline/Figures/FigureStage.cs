using System.Collections.Immutable;
using EntityPipeline.Documents;
using EntityPipeline.Processing;
using EntityPipeline.Text;
using EntityPipeline.Figures.Recognition;

namespace EntityPipeline.Figures;

/// <summary>
/// Adds the figures layer: recognizes numeric figures sentence by sentence on characters, refines each
/// qualifier from its context and attaches metric, subject and period. Uses the entity mentions for
/// subjects when an earlier stage produced them. 今年 is resolved to <paramref name="referenceYear"/> when
/// given, else to the year of the document's date (<see cref="Dates.DocumentDateStage"/>), else to the year the
/// document itself implies (<see cref="ReferenceYear"/>). Holds only
/// read-only resources: safe to share across threads.
/// </summary>
public sealed class FigureStage(FigureResources resources, int? referenceYear = null) : IStage
{
    private readonly FigureRecognizer _recognizer = new(resources.Units, resources.NotFigures);
    private readonly FigureAttacher _attacher = new(resources.Places);

    public string Name => nameof(FigureStage);
    public Layers Requires => Layers.Sentences;
    public Layers Produces => Layers.Figures;

    /// <remarks>
    /// Traditional characters are read as simplified ones (the units, words and rules are written so: 42.6萬畝 is 426000 亩),
    /// and what a figure measures, whom and when are given back in the document's own characters.
    /// </remarks>
    public void Process(Document document)
    {
        var view = SimplifiedView.Of(document);
        var figures = Find(view.Document);
        document.SetFigures(view.IsOriginal ? figures : [.. figures.Select(f => f with
        {
            Metric = view.Restore(f.Metric, f.Start),
            Subject = view.Restore(f.Subject, f.Start),
            Period = view.Restore(f.Period, f.Start),
        })]);
    }

    private ImmutableArray<Figure> Find(Document document)
    {
        var text = document.Text;
        int? dated = document.Has(Layers.Date) ? document.Date.Year : null;
        // The document's month only with its own year: a year the caller gives says nothing of the month.
        int? month = referenceYear is null && dated is not null ? document.Date.Month : null;
        var context = new DateContext(referenceYear ?? dated ?? ReferenceYear.Infer(text), month);
        var candidates = new List<FigureCandidate>();
        foreach (var sentence in document.Sentences)
            _recognizer.Recognize(text, sentence.Start, sentence.End, context, candidates);
        if (candidates.Count == 0) return [];

        var mentions = document.Has(Layers.Mentions) ? document.Mentions : [];
        return _attacher.Attach(document, candidates, mentions, context.ReferenceYear);
    }
}
