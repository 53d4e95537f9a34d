using System.Diagnostics;
using EntityPipeline.Documents;
using EntityPipeline.Processing;

namespace EntityPipeline.Evaluation;

/// <summary>
/// A pipeline's own stage, run unchanged, with the time it takes added to a clock: how an evaluation measures one
/// stage's speed while scoring what the whole pipeline produces. Not thread-safe (evaluations run on one thread).
/// </summary>
internal sealed class TimedStage(IStage stage, Stopwatch clock) : IStage
{
    public string Name => stage.Name;
    public Layers Requires => stage.Requires;
    public Layers Produces => stage.Produces;

    public void Process(Document document)
    {
        clock.Start();
        try
        {
            stage.Process(document);
        }
        finally
        {
            clock.Stop();
        }
    }

    /// <summary>
    /// <paramref name="pipeline"/> with the stage that produces <paramref name="layer"/> timed by <paramref name="clock"/>;
    /// a clear error when no stage of it produces that layer.
    /// </summary>
    public static Pipeline Timing(Pipeline pipeline, Layers layer, Stopwatch clock)
    {
        if ((pipeline.Produces & layer) == Layers.None)
            throw new ArgumentException($"the pipeline has no stage that produces {layer}: nothing to score");
        return new Pipeline([.. pipeline.Stages.Select(s => (s.Produces & layer) != Layers.None ? new TimedStage(s, clock) : s)]);
    }
}
