using EntityPipeline.Documents;

namespace EntityPipeline.Processing;

/// <summary>
/// An ordered list of stages, checked when it is built: every stage's requirements must be produced
/// by an earlier stage ("FigureStage requires Tokens"), so a misconfigured pipeline fails before any text is read.
/// </summary>
public sealed class Pipeline
{
    public Pipeline(IReadOnlyList<IStage> stages)
    {
        var available = Layers.None;
        foreach (var stage in stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
                throw new ArgumentException($"{stage.Name} requires {missing}, which no earlier stage produces.");
            if ((available & stage.Produces) != Layers.None)
                throw new ArgumentException($"{stage.Name} produces {stage.Produces & available}, which an earlier stage already produced.");
            available |= stage.Produces;
        }
        Stages = stages;
        Produces = available;
    }

    public IReadOnlyList<IStage> Stages { get; }

    public Layers Produces { get; }

    public void Process(Document document)
    {
        foreach (var stage in Stages)
            stage.Process(document);
    }
}
